/**
 * Counts answers in the metrics and notes them in the current request's
 * facts (for the access log), without changing what the answerer does.
 */
import type { Answerer } from '../answer/types.js';
import type { Pipeline } from '../pipeline.js';
import { redactForLog } from './log-redaction.js';
import type { Metrics } from './metrics.js';
import { currentRequestFacts } from './request-facts.js';

/** What {@link observeAnswerer} records. */
export interface AnswerObservation {
  metrics: Metrics;
  /** Note the (redacted) question in the request's facts. */
  logQuestions: boolean;
  /** Also redact e-mail addresses from the noted question. */
  redactEmails: boolean;
}

/**
 * Wraps `inner`: before answering, the question goes into the request's facts
 * after {@link redactForLog} (the raw text never does); after, the answer's
 * `abstained`, `degraded` and `answerer` go there too, and into the counters.
 * Errors pass through unchanged.
 */
export function observeAnswerer(inner: Answerer, observation: AnswerObservation): Answerer {
  return {
    async answer(request) {
      const facts = currentRequestFacts();
      if (facts && observation.logQuestions) facts.question = redactForLog(request.question, { emails: observation.redactEmails });
      const result = await inner.answer(request);
      observation.metrics.answers.inc({ answerer: result.answerer });
      if (result.abstained) observation.metrics.abstentions.inc();
      if (result.degraded) observation.metrics.degradedAnswers.inc();
      if (facts) Object.assign(facts, { abstained: result.abstained, degraded: result.degraded, answerer: result.answerer });
      return result;
    },
  };
}

/** `pipeline` with its channel-facing `answerer` observed ({@link observeAnswerer}). */
export function observePipeline(pipeline: Pipeline, observation: AnswerObservation): Pipeline {
  return { ...pipeline, answerer: observeAnswerer(pipeline.answerer, observation) };
}
