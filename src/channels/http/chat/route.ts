import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import type { AnswerResult, Answerer } from '../../../answer/types.js';
import { requireJson } from '../require-json.js';
import { validationHook } from '../validation-hook.js';
import { chatRequestSchema } from './schema.js';

/** Response body of `POST /v1/chat` (an AnswerResult without internals). */
export type ChatResponse = Pick<AnswerResult, 'answer' | 'citations' | 'abstained' | 'degraded'>;

/**
 * `POST /v1/chat {question, history?}` → `200 {answer, citations, abstained, degraded}`.
 * Public; bad input → 400/415 via the shared error handler.
 */
export function chatRoutes(answerer: () => Answerer) {
  return new Hono().post('/v1/chat', requireJson, zValidator('json', chatRequestSchema, validationHook), async (context) => {
    const { answer, citations, abstained, degraded } = await answerer().answer(context.req.valid('json'));
    return context.json<ChatResponse>({ answer, citations, abstained, degraded });
  });
}
