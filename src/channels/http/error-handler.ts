import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, isAppError, type ErrorCode } from '../../errors.js';

/** JSON body of every error response: `{error: {code, message}}`. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** Turns an `HTTPException` raised by Hono itself (e.g. malformed JSON) into an AppError. */
function fromHttpException(error: HTTPException): AppError {
  if (error.status === 400) return new AppError('invalid_json', 'The request body is not valid JSON. Send a JSON object such as {"question": "…"}.', { cause: error });
  if (error.status === 413) return new AppError('payload_too_large', 'The request body is too large.', { cause: error });
  if (error.status === 401) return new AppError('unauthorized', error.message || 'Authentication is required.', { cause: error });
  return new AppError(error.status >= 500 ? 'internal' : 'bad_request', error.message || 'The request could not be processed.', { cause: error });
}

/**
 * The one place errors become responses (`app.onError`): an AppError gives its
 * status and `{error: {code, message}}`; anything unexpected gives 500 with a
 * generic message (the details go to the log, never to the client).
 *
 * @param log - receives unexpected errors (default `console.error`).
 */
export function createErrorHandler(log: (message: string, error: unknown) => void = (message, error) => console.error(message, error)) {
  return (error: Error, context: Context): Response => {
    const appError = isAppError(error) ? error : error instanceof HTTPException ? fromHttpException(error) : undefined;
    if (!appError) {
      log(`unhandled error on ${context.req.method} ${context.req.path}`, error);
      return context.json<ErrorBody>({ error: { code: 'internal', message: 'Something went wrong on our side. Please try again in a moment.' } }, 500);
    }
    if (appError.status >= 500) log(`${appError.code} on ${context.req.method} ${context.req.path}: ${appError.message}`, appError.cause);
    return context.json<ErrorBody>({ error: { code: appError.code, message: appError.message } }, appError.status as ContentfulStatusCode);
  };
}
