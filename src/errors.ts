/**
 * One error type for the whole service. Every failure that reaches a user or
 * an operator is an {@link AppError} with a stable `code`; `channels/http`
 * maps it to a response in one place (`app.onError`).
 */

/** Stable error codes, each with the HTTP status it maps to. */
export const errorStatus = {
  bad_request: 400,
  invalid_json: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  /** The route exists, but not for this HTTP method (the response's `Allow` header lists the methods it takes). */
  method_not_allowed: 405,
  unsupported_media_type: 415,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
  model_unavailable: 502,
  model_timeout: 504,
  /** The chat model's reply stated something its cited guide sections do not support, or cited nothing for it. */
  model_ungrounded: 502,
  /** The whole request took longer than REQUEST_TIMEOUT_MS. */
  request_timeout: 503,
  /** The server is shutting down (SIGTERM) and takes no new work. */
  shutting_down: 503,
  index_missing: 503,
  index_corrupt: 503,
  index_mismatch: 503,
  config_invalid: 500,
  /** An optional feature (e.g. the Slack channel) is not configured on this server. */
  not_configured: 503,
} as const;

/** A code from {@link errorStatus}. */
export type ErrorCode = keyof typeof errorStatus;

/**
 * An error with a code, an HTTP status and a message a person can act on.
 * `cause` keeps the underlying error for logs; it is never sent to clients.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.status = errorStatus[code];
  }
}

/** True when `error` is an {@link AppError} (also across module copies). */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError || (error instanceof Error && error.name === 'AppError' && 'code' in error);
}
