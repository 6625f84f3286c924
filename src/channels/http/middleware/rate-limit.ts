import type { Context, MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { rateLimiter } from 'hono-rate-limiter';

import { AppError } from '../../../errors.js';
import type { Metrics } from '../../../observability/metrics.js';

/** Options for {@link rateLimit}. */
export interface RateLimitOptions {
  /** Limiter name, for the metric label and the key prefix, e.g. `chat`. */
  name: string;
  /** Requests allowed per window per client; 0 turns the limiter off. */
  limit: number;
  /** Window length, in ms. */
  windowMs: number;
  /** Who the request comes from (see `client-keys.ts`). */
  key: (context: Context) => string | Promise<string>;
  /** Counts refusals in `support_bot_rate_limited_total{limiter}`. */
  metrics?: Metrics;
}

/**
 * Middleware: at most `limit` requests per `windowMs` per client, counted in
 * memory by `hono-rate-limiter` (fixed window; one counter set per process, so
 * N replicas allow up to N × limit unless the load balancer pins clients).
 * Every response gets the IETF draft-6 `RateLimit-Limit`, `-Remaining`,
 * `-Reset` and `-Policy` headers (draft-ietf-httpapi-ratelimit-headers-06);
 * a refused request gets 429 `rate_limited` with `Retry-After` in seconds
 * (RFC 9110 §10.2.3) and the usual `{error: {code, message}}` body.
 *
 * @throws {AppError} `rate_limited` (429) over the limit.
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  if (options.limit === 0) return createMiddleware(async (_context, next) => next());
  const seconds = Math.ceil(options.windowMs / 1000);
  return rateLimiter({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-6',
    keyGenerator: async (context) => `${options.name}:${await options.key(context)}`,
    handler: () => {
      options.metrics?.rateLimited.inc({ limiter: options.name });
      throw new AppError('rate_limited', `Too many requests: at most ${options.limit} every ${seconds} s. Wait the number of seconds in the Retry-After header, then try again.`);
    },
  });
}
