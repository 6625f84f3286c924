/**
 * The production middleware, mounted by `createApp` in two steps around the
 * body-size limit: {@link useOperations} first (request id, access log and
 * metrics, drain, whole-request timeout, `GET /metrics`), then, after the body
 * limit (the Slack key reads the body), {@link useRateLimits}.
 */
import type { Hono } from 'hono';
import { requestId } from 'hono/request-id';

import type { OperationsConfig } from '../../../config/operations.js';
import type { Logger } from '../../../observability/logger.js';
import type { Metrics } from '../../../observability/metrics.js';
import { metricsRoutes } from '../metrics-route.js';
import { accessLog } from './access-log.js';
import { apiKeyIdKey, ipKey, slackTeamKey } from './client-keys.js';
import { drainConnections, type DrainState } from './drain.js';
import { rateLimit } from './rate-limit.js';
import { requestTimeout } from './request-timeout.js';

/** What the production middleware needs (built by the composition root, `server.ts`). */
export interface HttpOperations {
  logger: Logger;
  metrics: Metrics;
  /** Whole-request deadline, in ms. */
  requestTimeoutMs: number;
  rateLimits: OperationsConfig['rateLimits'];
  /** Reverse proxies in front of the server (see `clientIp`). */
  trustedProxyHops: number;
  /** Set by the shutdown code; absent: never draining. */
  drain?: DrainState;
}

/** Longest client-supplied `X-Request-Id` kept (characters `[A-Za-z0-9_=-]`); others get a fresh UUID. */
export const maxRequestIdLength = 128;

/**
 * Mounts, in order: `requestId()` (from `hono/request-id`: keeps a valid
 * incoming `X-Request-Id`, else a random UUID, and returns it in the
 * `X-Request-Id` response header), then with `operations` the access log,
 * drain, request timeout and `GET /metrics`. Without `operations` (tests of
 * single channels) only the request id.
 */
export function useOperations(app: Hono, operations: HttpOperations | undefined): void {
  app.use('*', requestId({ limitLength: maxRequestIdLength }));
  if (!operations) return;
  app.use('*', accessLog(operations));
  app.use('*', drainConnections(operations.drain ?? { draining: false }));
  app.use('*', requestTimeout(operations.requestTimeoutMs));
  app.route('/', metricsRoutes(operations.metrics.registry));
}

/**
 * Mounts the per-client rate limits: by IP on `POST /v1/chat` and
 * `/v1/chat/stream`, by API key id on `/v1/assist` and below, by Slack workspace on
 * `/slack/commands` (each with its own limit from `operations.rateLimits`).
 */
export function useRateLimits(app: Hono, operations: HttpOperations | undefined): void {
  if (!operations) return;
  const { windowMs, chat, assist, slack } = operations.rateLimits;
  const hops = operations.trustedProxyHops;
  const chatLimit = rateLimit({ name: 'chat', limit: chat, windowMs, key: ipKey(hops), metrics: operations.metrics });
  app.use('/v1/chat', chatLimit);
  app.use('/v1/chat/stream', chatLimit);
  // `/v1/assist/*` also matches `/v1/assist` itself (one limiter, so one count per request).
  app.use('/v1/assist/*', rateLimit({ name: 'assist', limit: assist, windowMs, key: apiKeyIdKey(hops), metrics: operations.metrics }));
  app.use('/slack/commands', rateLimit({ name: 'slack', limit: slack, windowMs, key: slackTeamKey(hops), metrics: operations.metrics }));
}
