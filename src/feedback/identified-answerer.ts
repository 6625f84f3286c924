import { randomUUID } from 'node:crypto';

import type { AnswerRequest, AnswerResult, Answerer } from '../answer/types.js';
import { redactSecrets } from '../redaction/redact-secrets.js';
import type { AnswerRecord, FeedbackStore } from './feedback-store.js';

/** An answer with the id customers quote when they rate it (`POST /v1/feedback`). */
export interface IdentifiedAnswer extends AnswerResult {
  /** UUID (RFC 9562 version 4). */
  answerId: string;
}

/** An {@link Answerer} whose answers carry an `answerId` and are stored for feedback. */
export interface IdentifiedAnswerer {
  answer(request: AnswerRequest): Promise<IdentifiedAnswer>;
}

/** Seams for tests. */
export interface RecordingOptions {
  /** Receives store failures (default `console.error`); never given the question. */
  logError?: (message: string, error: unknown) => void;
  /** Current time (default `new Date()`). */
  now?: () => Date;
}

/**
 * Stores one answer (question redacted with `redactSecrets`) so that feedback
 * can refer to it and abstentions reach the gaps report. A store failure is
 * logged, not thrown: the customer still gets the answer (rating it later
 * then answers 404).
 */
export async function storeAnswer(store: FeedbackStore, answerId: string, request: AnswerRequest, result: AnswerResult, options: RecordingOptions = {}): Promise<void> {
  const record: AnswerRecord = {
    answerId,
    createdAt: options.now?.() ?? new Date(),
    question: redactSecrets(request.question).text,
    answer: result.answer,
    abstained: result.abstained,
    degraded: result.degraded,
    answerer: result.answerer,
    citedSections: result.citations.map((citation) => citation.id),
  };
  try {
    await store.recordAnswer(record);
  } catch (error) {
    (options.logError ?? ((message, cause) => console.error(message, cause)))(`could not store answer ${answerId} for feedback`, error);
  }
}

/** A new answer id: a random UUID (RFC 9562 version 4). */
export function newAnswerId(): string {
  return randomUUID();
}

/**
 * Wraps `inner` so that every answer gets a fresh `answerId` and is stored
 * with {@link storeAnswer}. Errors of `inner` are thrown unchanged.
 */
export function withAnswerIds(inner: Answerer, store: FeedbackStore, options: RecordingOptions = {}): IdentifiedAnswerer {
  return {
    async answer(request) {
      const result = await inner.answer(request);
      const answerId = newAnswerId();
      await storeAnswer(store, answerId, request, result, options);
      return { ...result, answerId };
    },
  };
}
