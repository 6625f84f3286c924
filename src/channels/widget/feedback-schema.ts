import { z } from 'zod';

/** Longest feedback comment, in characters. */
export const maxCommentLength = 1000;

/** Body of `POST /v1/feedback`. */
export const feedbackRequestSchema = z.object({
  answerId: z.uuid('answerId must be the answerId of an answer (a UUID).'),
  rating: z.enum(['up', 'down'], 'rating must be "up" or "down".'),
  comment: z.string().max(maxCommentLength, `comment: at most ${maxCommentLength} characters.`).optional(),
});

/** Parsed `POST /v1/feedback` body. */
export type FeedbackRequest = z.infer<typeof feedbackRequestSchema>;
