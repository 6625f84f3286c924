/**
 * Access log and request metrics: one JSON line per request with its id,
 * route, status and latency, plus what the answerer noted (abstained,
 * degraded, answerer, the redacted question).
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { matchedRoutes } from 'hono/route';

import { isAppError } from '../../../errors.js';
import type { Logger } from '../../../observability/logger.js';
import type { Metrics } from '../../../observability/metrics.js';
import { withRequestFacts, type RequestFacts } from '../../../observability/request-facts.js';

/** Route label of a request that matched no route (keeps metric labels bounded whatever paths clients send). */
export const unmatchedRoute = 'unmatched';

/**
 * The route pattern that answered, e.g. `/v1/chat`: the last matched route
 * that is not a middleware (`app.use` registers method `ALL`).
 */
export function routeLabel(context: Context): string {
  const handlers = matchedRoutes(context).filter((route) => route.method !== 'ALL');
  return handlers.at(-1)?.path ?? unmatchedRoute;
}

/**
 * Middleware (after `requestId()`): runs the request inside fresh
 * {@link RequestFacts}, then logs `{requestId, method, route, status,
 * latencyMs, abstained?, degraded?, answerer?, question?, errorCode?}` at
 * `info` (`error` for 5xx) and counts it in `support_bot_http_requests_total`
 * and `support_bot_http_request_duration_seconds`. For a streamed response,
 * latency is the time to the response headers.
 */
export function accessLog(options: { logger: Logger; metrics: Metrics }) {
  return createMiddleware(async (context, next) => {
    const started = performance.now();
    const facts: RequestFacts = { requestId: context.get('requestId') };
    await withRequestFacts(facts, next);
    const latencyMs = performance.now() - started;
    const labels = { route: routeLabel(context), method: context.req.method, status: String(context.res.status) };
    options.metrics.httpRequests.inc(labels);
    options.metrics.httpDuration.observe(labels, latencyMs / 1000);
    const error = context.error;
    const errorCode = error === undefined ? undefined : isAppError(error) ? error.code : error.name;
    const line = { ...facts, method: labels.method, route: labels.route, status: context.res.status, latencyMs: Math.round(latencyMs * 10) / 10, ...(errorCode ? { errorCode } : {}) };
    if (context.res.status >= 500) options.logger.error(line, 'request failed');
    else options.logger.info(line, 'request');
  });
}
