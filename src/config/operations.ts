import { z } from 'zod';

import { AppError } from '../errors.js';
import { wholeNumber } from './numbers.js';

const positiveInt = wholeNumber({ min: 1 });
/** A per-window request limit; 0 turns the limiter off. */
const limit = wholeNumber();
/** `true`/`false` (also `1`/`0`, `yes`/`no`), case-insensitive. */
const flag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no']))
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/**
 * Environment variables for running in production: rate limits, timeouts,
 * logs, index reload, shutdown. Spread into `environmentSchema`; see README
 * § Operations for the table.
 */
export const operationsEnvironmentShape = {
  /** Whole-request deadline (ms); past it the client gets 503 `request_timeout`. Must exceed CHAT_TIMEOUT_MS when a chat model is set. */
  REQUEST_TIMEOUT_MS: positiveInt.default(20_000),
  /** On SIGTERM, how long open requests may take to finish (ms) before their connections are closed. */
  SHUTDOWN_TIMEOUT_MS: positiveInt.default(10_000),
  /** Rate-limit window (ms), shared by every limiter. */
  RATE_LIMIT_WINDOW_MS: positiveInt.default(60_000),
  /** Requests per window per client IP on `POST /v1/chat` and `/v1/chat/stream` (0: no limit). */
  RATE_LIMIT_CHAT: limit.default(30),
  /** Requests per window per API key on `POST /v1/assist` (0: no limit). */
  RATE_LIMIT_ASSIST: limit.default(120),
  /** Requests per window per Slack workspace (`team_id`) on `POST /slack/commands` (0: no limit). */
  RATE_LIMIT_SLACK: limit.default(60),
  /** Reverse proxies in front of the server that append to `X-Forwarded-For`; 0 uses the socket address. */
  TRUSTED_PROXY_HOPS: wholeNumber({ max: 10 }).default(0),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Log each question (after secret redaction) in the access log. */
  LOG_QUESTIONS: flag.default(true),
  /** Also replace e-mail addresses in logged questions. */
  LOG_REDACT_EMAILS: flag.default(true),
  /** How often the server checks INDEX_DIR for a new build (ms); 0: only on SIGHUP. */
  INDEX_WATCH_INTERVAL_MS: wholeNumber().default(2_000),
  /** Build the index at start-up when missing or stale; set false on replicas that get a shipped index. */
  INDEX_BUILD_ON_START: flag.default(true),
};

/** Operational settings; see {@link operationsEnvironmentShape}. Times in ms. */
export interface OperationsConfig {
  requestTimeoutMs: number;
  shutdownTimeoutMs: number;
  /** Requests per `windowMs` per client; 0 means unlimited. */
  rateLimits: { windowMs: number; chat: number; assist: number; slack: number };
  trustedProxyHops: number;
  log: { level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'; questions: boolean; redactEmails: boolean };
  index: { watchIntervalMs: number; buildOnStart: boolean };
}

type OperationsEnvironment = { [Key in keyof typeof operationsEnvironmentShape]: z.infer<(typeof operationsEnvironmentShape)[Key]> };

/**
 * Builds {@link OperationsConfig} from the parsed environment.
 *
 * @param chatTimeoutMs - the chat model deadline when a model is configured, else undefined.
 * @throws {AppError} `config_invalid` when REQUEST_TIMEOUT_MS ≤ CHAT_TIMEOUT_MS
 *   (the degraded answer could then never be sent).
 */
export function toOperationsConfig(env: OperationsEnvironment, chatTimeoutMs: number | undefined): OperationsConfig {
  if (chatTimeoutMs !== undefined && env.REQUEST_TIMEOUT_MS <= chatTimeoutMs) {
    throw new AppError(
      'config_invalid',
      `REQUEST_TIMEOUT_MS (${env.REQUEST_TIMEOUT_MS}) must be greater than CHAT_TIMEOUT_MS (${chatTimeoutMs}) so a slow chat model still leaves time for the answer from the guide; raise REQUEST_TIMEOUT_MS or lower CHAT_TIMEOUT_MS.`,
    );
  }
  return {
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    rateLimits: { windowMs: env.RATE_LIMIT_WINDOW_MS, chat: env.RATE_LIMIT_CHAT, assist: env.RATE_LIMIT_ASSIST, slack: env.RATE_LIMIT_SLACK },
    trustedProxyHops: env.TRUSTED_PROXY_HOPS,
    log: { level: env.LOG_LEVEL, questions: env.LOG_QUESTIONS, redactEmails: env.LOG_REDACT_EMAILS },
    index: { watchIntervalMs: env.INDEX_WATCH_INTERVAL_MS, buildOnStart: env.INDEX_BUILD_ON_START },
  };
}
