import type { AnswerRequest } from '../../answer/types.js';
import { isAppError } from '../../errors.js';
import type { FeedbackStore } from '../../feedback/feedback-store.js';
import { newAnswerId, storeAnswer } from '../../feedback/identified-answerer.js';
import { handoffSummary } from './handoff-summary.js';
import type { AnswerStreamer } from './stream-answer.js';
import type { StreamEvent } from './stream-events.js';

/** What {@link answerEvents} needs. */
export interface AnswerEventsOptions {
  streamAnswer: AnswerStreamer;
  /** Where the answer is kept for feedback and the gaps report. */
  store: FeedbackStore;
  /** Support contact page offered when the bot abstains. */
  handoffUrl: string;
  /** Receives unexpected errors (never the question). */
  logError: (message: string, error: unknown) => void;
}

/**
 * One answer as stream events: a `text` event per delta, then `citations` and
 * `done` (with a fresh `answerId`, and the hand-off when the bot abstained),
 * after the answer is stored. A failure ends the stream with one `error`
 * event: an AppError gives its code and message; anything else gives
 * `internal` with a generic message (details go to `logError`, not the client).
 * Stopping early (`return()`, e.g. the client went away) stops the answer.
 */
export async function* answerEvents(request: AnswerRequest, options: AnswerEventsOptions): AsyncGenerator<StreamEvent, void, undefined> {
  const answers = options.streamAnswer(request);
  try {
    let step = await answers.next();
    while (!step.done) {
      yield { event: 'text', data: { delta: step.value } };
      step = await answers.next();
    }
    const result = step.value;
    const answerId = newAnswerId();
    await storeAnswer(options.store, answerId, request, result, { logError: options.logError });
    yield { event: 'citations', data: { answerId, citations: result.citations } };
    const handoff = result.abstained ? { handoff: { url: options.handoffUrl, summary: handoffSummary(request) } } : {};
    yield { event: 'done', data: { answerId, abstained: result.abstained, degraded: result.degraded, ...handoff } };
  } catch (error) {
    if (isAppError(error)) {
      if (error.status >= 500) options.logError(`${error.code} on POST /v1/chat/stream: ${error.message}`, error.cause);
      yield { event: 'error', data: { code: error.code, message: error.message } };
    } else {
      options.logError('unhandled error on POST /v1/chat/stream', error);
      yield { event: 'error', data: { code: 'internal', message: 'Something went wrong on our side. Please try again in a moment.' } };
    }
  } finally {
    // Left early (client gone) or failed: stop the answer and any model request. A no-op once it has finished.
    await answers.return(undefined as never);
  }
}
