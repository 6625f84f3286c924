import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isAppError } from '../../errors.js';
import type { ErrorBody } from '../http/error-handler.js';
import type { Handoff } from './handoff.js';
import { errorMessage } from './notice-messages.js';

/** Errors that mean "this is not a request we serve": they keep their HTTP status. */
const refusals = new Set(['unauthorized', 'not_configured', 'payload_too_large']);

/**
 * The Slack route's `onError`, the one place its errors become responses.
 * A refused request (bad or replayed signature 401, Slack not configured
 * 503) gets the shared `{error: {code, message}}` body; no answer work was
 * done. Anything else happened to a verified Slack user, so it is logged and
 * answered with an ephemeral "something went wrong" message and status 200:
 * Slack shows users a raw failure for any non-200 reply.
 */
export function createSlackErrorHandler(handoff: Handoff, log: (message: string, error: unknown) => void) {
  return (error: Error, context: Context): Response => {
    if (isAppError(error) && refusals.has(error.code)) {
      return context.json<ErrorBody>({ error: { code: error.code, message: error.message } }, error.status as ContentfulStatusCode);
    }
    log(`slack: ${context.req.method} ${context.req.path} failed`, error);
    return context.json(errorMessage(handoff), 200);
  };
}
