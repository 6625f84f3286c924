import { zValidator } from '@hono/zod-validator';
import { Hono, type MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
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
  /** Per-key rate limit, run after authentication (see `channelRateLimits`); absent: none. */
  rateLimit?: MiddlewareHandler;
}

/** Response body of `POST /v1/assist`. */
export type AssistResponse = AssistResult;

/**
 * `POST /v1/assist {ticket, context?}` with `Authorization: Bearer <key>`
 * (scope `assist:read`) → `200 {problems, replyDraft, questionsToAsk, citations, abstained, degraded, secretsRedacted}`.
 * Authentication comes first, so unauthenticated callers learn nothing about
 * validation and spend no key's quota; then the rate limit (429); then
 * 415/400 via the shared error handler.
 */
export function assistRoutes(dependencies: AssistRouteDependencies) {
  const auth = requireApiKey({ keys: dependencies.keys, scope: assistScope, ...(dependencies.logAuthFailure ? { logFailure: dependencies.logAuthFailure } : {}) });
  const limit = dependencies.rateLimit ?? createMiddleware(async (_context, next) => next());
  return new Hono().post('/v1/assist', auth, limit, requireJson, zValidator('json', assistRequestSchema, validationHook), async (context) => {
    return context.json<AssistResponse>(await dependencies.assistant().assist(context.req.valid('json')));
  });
}
