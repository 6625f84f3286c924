import { AppError } from '../errors.js';
import { redactSecrets } from '../redaction/redact-secrets.js';
import type { FeedbackStore } from './feedback-store.js';

/** A customer's rating, as submitted. */
export interface FeedbackSubmission {
  /** The `answerId` the answer carried. */
  answerId: string;
  rating: 'up' | 'down';
  /** Optional comment (the route limits it to 1,000 characters). */
  comment?: string;
}

/**
 * Stores a rating of an answer; the comment is redacted with `redactSecrets`
 * and dropped when empty. Rating the same answer again replaces the rating.
 *
 * @throws {AppError} `not_found` (404) when no stored answer has that id
 *   (unknown, or given before a restart of a server without a database).
 */
export async function submitFeedback(store: FeedbackStore, submission: FeedbackSubmission, now: Date = new Date()): Promise<void> {
  const comment = submission.comment === undefined ? '' : redactSecrets(submission.comment).text.trim();
  const stored = await store.recordFeedback({ answerId: submission.answerId, rating: submission.rating, ...(comment === '' ? {} : { comment }), createdAt: now });
  if (!stored) throw new AppError('not_found', `No answer has the id ${submission.answerId}. Rate an answer with the answerId it came with.`);
}
