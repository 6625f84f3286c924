import type { Logger } from './logger.js';
import { redactForLog } from './log-redaction.js';

/**
 * A `logError(message, error)` function (the shape the HTTP error handler and
 * the channels take) that writes one `error` line with the current request's
 * id (added by the logger), the message and the error, both redacted (`redactForLog`, `toLoggedError`).
 */
export function errorLogger(logger: Logger): (message: string, error: unknown) => void {
  return (message, error) => logger.error({ err: error }, redactForLog(message));
}
