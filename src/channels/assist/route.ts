import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import type { AssistResult, TicketAssistant } from '../../answer/assist/types.js';
import type { ApiKeyEntry } from '../../config/assist-api-keys.js';
import { requireJson } from '../http/require-json.js';
import { validationHook } from '../http/validation-hook.js';
import { requireApiKey, type AuthFailure } from './require-api-key.js';
import { assistRequestSchema } from './schema.js';

/** Scope that `POST /v1/assist` needs. */
export const assistScope = 'assist:read';

/** What the assist routes need. */
export interface AssistRouteDependencies {
  /** Returns the current ticket assistant (a getter, so an index reload can swap it). */
  assistant: () => TicketAssistant;
  /** Accepted staff keys, from `config.assist.apiKeys`. */
  keys: ApiKeyEntry[];
  /** Receives failed authentication attempts (default: a `console.warn` JSON line). */
  logAuthFailure?: (failure: AuthFailure) => void;
}

/** Response body of `POST /v1/assist`. */
export type AssistResponse = AssistResult;

/**
 * `POST /v1/assist {ticket, context?}` with `Authorization: Bearer <key>`
 * (scope `assist:read`) → `200 {problems, replyDraft, questionsToAsk, citations, abstained, degraded, secretsRedacted}`.
 * Authentication comes first, so unauthenticated callers learn nothing about
 * validation; then 415/400 via the shared error handler.
 */
export function assistRoutes(dependencies: AssistRouteDependencies) {
  const auth = requireApiKey({ keys: dependencies.keys, scope: assistScope, ...(dependencies.logAuthFailure ? { logFailure: dependencies.logAuthFailure } : {}) });
  return new Hono().post('/v1/assist', auth, requireJson, zValidator('json', assistRequestSchema, validationHook), async (context) => {
    return context.json<AssistResponse>(await dependencies.assistant().assist(context.req.valid('json')));
  });
}
