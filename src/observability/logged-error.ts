/**
 * Errors as log fields. Error messages can quote user input (V8's JSON.parse
 * messages include the text near the fault, a provider may echo a prompt), so
 * message and stack pass through {@link redactForLog} like any user text.
 */
import { isAppError } from '../errors.js';
import { redactForLog } from './log-redaction.js';

/** An error as it appears in a log line (`err` field). */
export interface LoggedError {
  /** Constructor name, e.g. `AppError`, `TypeError`. */
  type: string;
  /** The AppError code, when there is one. */
  code?: string;
  message: string;
  stack?: string;
  /** The cause's type and code only (its message could carry provider text). */
  cause?: { type: string; code?: string };
}

/** Turns anything thrown into a {@link LoggedError}, secrets and e-mail addresses redacted. */
export function toLoggedError(error: unknown): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: redactForLog(String(error)) };
  const logged: LoggedError = { type: error.name, message: redactForLog(error.message) };
  if (isAppError(error)) logged.code = error.code;
  if (error.stack) logged.stack = redactForLog(error.stack, { maxLength: 4_000 });
  if (error.cause !== undefined) logged.cause = { type: error.cause instanceof Error ? error.cause.name : typeof error.cause, code: causeCode(error.cause) };
  return logged;
}

function causeCode(cause: unknown): string | undefined {
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? (cause as { code: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}
