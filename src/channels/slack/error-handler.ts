import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isAppError } from '../../errors.js';
import type { ErrorBody } from '../http/error-handler.js';
import type { Handoff } from './handoff.js';
import { errorMessage, rateLimitedMessage } from './notice-messages.js';

/** Errors that mean "this is not a request we serve": they keep their HTTP status. */
const refusals = new Set(['unauthorized', 'not_configured', 'payload_too_large']);

/**
 * The Slack route's `onError`, the one place its errors become responses.
 * A refused request (bad or replayed signature 401, Slack not configured
 * 503) gets the shared `{error: {code, message}}` body; no answer work was
 * done. A verified workspace over its rate limit (`rate_limited`) gets an
 * ephemeral "try again in N seconds" (N from the limiter's `Retry-After`)
 * with status 200, unlogged. Anything else happened to a verified Slack user,
 * so it is logged and answered with an ephemeral "something went wrong"
 * message and status 200: Slack shows users a raw failure for any non-200
 * reply ("Implementing slash commands": respond with HTTP 200).
 */
export function createSlackErrorHandler(handoff: Handoff, log: (message: string, error: unknown) => void) {
  return (error: Error, context: Context): Response => {
    if (isAppError(error) && refusals.has(error.code)) {
      return context.json<ErrorBody>({ error: { code: error.code, message: error.message } }, error.status as ContentfulStatusCode);
    }
    if (isAppError(error) && error.code === 'rate_limited') {
      const retryAfter = Number(context.res.headers.get('retry-after'));
      return context.json(rateLimitedMessage(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined), 200);
    }
    log(`slack: ${context.req.method} ${context.req.path} failed`, error);
    return context.json(errorMessage(handoff), 200);
  };
}
