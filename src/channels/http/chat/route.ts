import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import type { IdentifiedAnswer, IdentifiedAnswerer } from '../../../feedback/identified-answerer.js';
import { requireJson } from '../require-json.js';
import { validationHook } from '../validation-hook.js';
import { chatRequestSchema } from './schema.js';

/** Response body of `POST /v1/chat` (an AnswerResult without internals, plus the `answerId` to rate it with `POST /v1/feedback`). */
export type ChatResponse = Pick<IdentifiedAnswer, 'answerId' | 'answer' | 'citations' | 'abstained' | 'degraded'>;

/**
 * `POST /v1/chat {question, history?}` → `200 {answerId, answer, citations, abstained, degraded}`.
 * Public; bad input → 400/415 via the shared error handler.
 */
export function chatRoutes(answerer: () => IdentifiedAnswerer) {
  return new Hono().post('/v1/chat', requireJson, zValidator('json', chatRequestSchema, validationHook), async (context) => {
    const { answerId, answer, citations, abstained, degraded } = await answerer().answer(context.req.valid('json'));
    return context.json<ChatResponse>({ answerId, answer, citations, abstained, degraded });
  });
}
