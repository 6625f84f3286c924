/**
 * Wraps whatever a chat model call threw into an {@link AppError} for logs.
 */
import { AppError, isAppError } from '../../errors.js';

/**
 * Classifies a provider error.
 *
 * - already an `AppError` → unchanged (e.g. a deadline's `model_timeout`);
 * - `expired` is true, or the client timed out (`TimeoutError`) → `model_timeout`;
 * - an HTTP status (401, 429, 500, …) → `model_unavailable`, message `… (HTTP 500).`;
 * - anything else (connection refused, reset, malformed JSON) → `model_unavailable`
 *   naming the error type and the first `code` in its cause chain, e.g.
 *   `(Error, ECONNREFUSED)`.
 *
 * The message never includes the provider's own message text (it could echo
 * input); the original error is kept as `cause`.
 *
 * @param expired - whether our own deadline had passed when the call failed.
 * @param timeoutMs - the deadline in ms, for the message.
 */
export function toModelError(error: unknown, expired: boolean, timeoutMs: number): AppError {
  if (isAppError(error)) return error;
  const name = error instanceof Error ? error.name : typeof error;
  if (expired || name === 'TimeoutError') {
    return new AppError('model_timeout', `Chat model did not answer within ${timeoutMs} ms.`, { cause: error });
  }
  const status = readField(error, 'status');
  if (typeof status === 'number') {
    return new AppError('model_unavailable', `Chat model request failed (HTTP ${status}).`, { cause: error });
  }
  const code = findCauseCode(error);
  const detail = typeof code === 'string' ? `${name}, ${code}` : name;
  return new AppError('model_unavailable', `Chat model request failed (${detail}).`, { cause: error });
}

/** The first string `code` along `error.cause.cause…` (at most 4 levels). */
function findCauseCode(error: unknown): string | undefined {
  let current = readField(error, 'cause');
  for (let depth = 0; depth < 4 && current !== undefined; depth += 1) {
    const code = readField(current, 'code');
    if (typeof code === 'string') return code;
    current = readField(current, 'cause');
  }
  return undefined;
}

function readField(value: unknown, field: string): unknown {
  return typeof value === 'object' && value !== null && field in value ? (value as Record<string, unknown>)[field] : undefined;
}
