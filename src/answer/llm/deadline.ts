/**
 * A deadline for one model call: an `AbortSignal` for the client, and a race
 * so that a server that ignores the abort still cannot hang the caller.
 */
import { AppError } from '../../errors.js';

/** A running deadline; see {@link startDeadline}. */
export interface Deadline {
  /** Aborted when the deadline passes or on {@link Deadline.dispose}. */
  readonly signal: AbortSignal;
  /** True once the deadline has passed (not merely disposed). */
  readonly expired: boolean;
  /**
   * Settles like `work`, or rejects with `AppError('model_timeout')` when the
   * deadline passes first.
   */
  race<T>(work: Promise<T>): Promise<T>;
  /** Stops the timer and aborts the signal (cancels an unfinished request). Idempotent. */
  dispose(): void;
}

/**
 * Starts a deadline `timeoutMs` ms from now.
 *
 * @param timeoutMs - milliseconds, > 0.
 */
export function startDeadline(timeoutMs: number): Deadline {
  const controller = new AbortController();
  let expired = false;
  let rejectExpired: (error: AppError) => void = () => {};
  const expiry = new Promise<never>((_resolve, reject) => {
    rejectExpired = reject;
  });
  expiry.catch(() => {});
  const timer = setTimeout(() => {
    expired = true;
    const error = new AppError('model_timeout', `Chat model did not answer within ${timeoutMs} ms.`);
    rejectExpired(error);
    controller.abort(error);
  }, timeoutMs);

  return {
    signal: controller.signal,
    get expired() {
      return expired;
    },
    race: (work) => Promise.race([work, expiry]),
    dispose() {
      clearTimeout(timer);
      if (!controller.signal.aborted) controller.abort();
    },
  };
}
