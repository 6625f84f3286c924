/**
 * Log lines and metrics for what the pipeline and the index reloader report.
 */
import type { AppError } from '../errors.js';
import type { ReloadOutcome } from '../index-reload/index-reloader.js';
import type { Pipeline } from '../pipeline.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

/**
 * `onModelError` for the chat-model answerer: counts the failure by code and
 * logs one `warn` line with the code and message (the logger adds the request id) (never the
 * question, nor the provider's own text, which could echo it).
 */
export function reportModelErrors(logger: Logger, metrics: Metrics): (error: AppError) => void {
  return (error) => {
    metrics.modelErrors.inc({ code: error.code });
    logger.warn({ code: error.code }, `${error.message} Answered from the guide instead.`);
  };
}

/** `onOutcome` for the index reloader: counts swaps and rejections, and updates the index gauges after a swap. */
export function recordReloads(metrics: Metrics): (outcome: ReloadOutcome, serving: Pipeline) => void {
  return (outcome, serving) => {
    if (outcome.status === 'unchanged') return;
    metrics.indexReloads.inc({ outcome: outcome.status });
    if (outcome.status === 'swapped') metrics.observeIndex(serving.index.manifest);
  };
}
