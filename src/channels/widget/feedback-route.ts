import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';

import type { FeedbackStore } from '../../feedback/feedback-store.js';
import { submitFeedback } from '../../feedback/submit-feedback.js';
import { requireJson } from '../http/require-json.js';
import { validationHook } from '../http/validation-hook.js';
import { feedbackRequestSchema, type FeedbackRequest } from './feedback-schema.js';

/** Response body of `POST /v1/feedback`: what was stored. */
export type FeedbackResponse = Pick<FeedbackRequest, 'answerId' | 'rating'>;

/**
 * `POST /v1/feedback {answerId, rating: "up" | "down", comment?}` → `201 {answerId, rating}`.
 * A second rating of the same answer replaces the first. Unknown `answerId` → 404
 * `not_found`; bad input → 400/415, all via the shared error handler.
 */
export function feedbackRoutes(store: () => FeedbackStore) {
  return new Hono().post('/v1/feedback', requireJson, zValidator('json', feedbackRequestSchema, validationHook), async (context) => {
    const submission = context.req.valid('json');
    await submitFeedback(store(), submission);
    return context.json<FeedbackResponse>({ answerId: submission.answerId, rating: submission.rating }, 201);
  });
}
