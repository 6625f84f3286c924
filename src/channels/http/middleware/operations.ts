/**
 * The production middleware, mounted by `createApp` in steps around the
 * body-size limit: {@link useOperations} first (request id, access log and
 * metrics, drain, whole-request timeout, `GET /metrics`), then, after the body
 * limit, {@link useRateLimits} (the public chat API, by IP); the limiters of
 * authenticated channels come from {@link channelRateLimits} and are mounted
 * by those channels after their authentication.
 */
import type { Hono, MiddlewareHandler } from 'hono';
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
 * Mounts the per-client rate limit of the public chat API: by IP on
 * `POST /v1/chat` and `/v1/chat/stream` together (`operations.rateLimits.chat`).
 */
export function useRateLimits(app: Hono, operations: HttpOperations | undefined): void {
  if (!operations) return;
  const { windowMs, chat } = operations.rateLimits;
  const chatLimit = rateLimit({ name: 'chat', limit: chat, windowMs, key: ipKey(operations.trustedProxyHops), metrics: operations.metrics });
  app.use('/v1/chat', chatLimit);
  app.use('/v1/chat/stream', chatLimit);
}

/** Rate limits that authenticated channels mount after authentication; see {@link channelRateLimits}. */
export interface ChannelRateLimits {
  /** Per verified staff API key id (`RATE_LIMIT_ASSIST`); mount after `requireApiKey`. */
  assist?: MiddlewareHandler;
  /** Per verified Slack workspace (`RATE_LIMIT_SLACK`); mount after the signature check. */
  slack?: MiddlewareHandler;
}

/**
 * The limiters of `/v1/assist` (by API key id) and `/slack/commands` (by
 * `team_id`). Each keys on a value the request carries (`apiKeyIdKey`,
 * `slackTeamKey`), which is only trustworthy once the key or the Slack
 * signature has been verified: so the channels mount them after their
 * authentication, and a caller who forges a key id or a `team_id` is refused
 * (401) without spending that key's or workspace's quota. Empty without
 * `operations`.
 */
export function channelRateLimits(operations: HttpOperations | undefined): ChannelRateLimits {
  if (!operations) return {};
  const { windowMs, assist, slack } = operations.rateLimits;
  const hops = operations.trustedProxyHops;
  return {
    assist: rateLimit({ name: 'assist', limit: assist, windowMs, key: apiKeyIdKey(hops), metrics: operations.metrics }),
    slack: rateLimit({ name: 'slack', limit: slack, windowMs, key: slackTeamKey(hops), metrics: operations.metrics }),
  };
}
