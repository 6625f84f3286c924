/**
 * Where answers and customers' ratings of them are kept, so the support team
 * can see what the guide fails to answer (`npm run report -- gaps`). An
 * interface, so a PostgreSQL store can serve several replicas later; the
 * embedded default is SQLite (`sqlite-feedback-store.ts`).
 */

/** One answer the bot gave, as stored. Text is redacted before it gets here. */
export interface AnswerRecord {
  /** UUID (RFC 9562 version 4) the client quotes when it rates the answer. */
  answerId: string;
  /** When the answer was given. */
  createdAt: Date;
  /** The customer's question with secrets redacted (`redactSecrets`). */
  question: string;
  /** The Markdown answer as sent. */
  answer: string;
  /** True when the guide did not cover the question (an unanswered topic). */
  abstained: boolean;
  /** True when a chat model failed and the extractive answer was sent instead. */
  degraded: boolean;
  /** Which answerer wrote `answer`. */
  answerer: 'extractive' | 'llm';
  /** Chunk ids of the cited sections, in citation order, e.g. `login-failures/mfa-recovery`. */
  citedSections: string[];
}

/** A customer's rating of one answer. */
export interface FeedbackRecord {
  /** The rated answer's id. */
  answerId: string;
  rating: 'up' | 'down';
  /** Optional free text, at most 1,000 characters, secrets redacted. */
  comment?: string;
  /** When the rating was (last) given. */
  createdAt: Date;
}

/** A rated-down answer with its rating. */
export interface RatedAnswer {
  answer: AnswerRecord;
  feedback: FeedbackRecord;
}

/** Which records a listing returns. */
export interface ListOptions {
  /** Only records created at or after this time (default: all). */
  since?: Date;
  /** At most this many records, newest first. */
  limit: number;
}

/** Stores answers and feedback. Implementations must be safe to call concurrently. */
export interface FeedbackStore {
  /** Keeps one answer. A second record with the same `answerId` is ignored. */
  recordAnswer(record: AnswerRecord): Promise<void>;
  /**
   * Keeps a rating; a later rating of the same answer replaces the earlier one
   * (a customer who changes thumbs up to thumbs down, or adds a comment).
   *
   * @returns false (and stores nothing) when no answer has `feedback.answerId`.
   */
  recordFeedback(feedback: FeedbackRecord): Promise<boolean>;
  /** Answers where the bot abstained, newest first. */
  abstainedAnswers(options: ListOptions): Promise<AnswerRecord[]>;
  /** Answers rated down, newest rating first. */
  ratedDown(options: ListOptions): Promise<RatedAnswer[]>;
  /** Releases the connection; the store is unusable afterwards. */
  close(): Promise<void>;
}
