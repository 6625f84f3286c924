/**
 * The service's structured logger: pino, one JSON object per line on stdout,
 * with `level` as a word, an ISO 8601 `time`, `pid` and `hostname` (so lines
 * from several replicas can be told apart), and errors as {@link LoggedError}.
 */
import { pino } from 'pino';

import { toLoggedError } from './logged-error.js';
import { currentRequestFacts } from './request-facts.js';

/** The logger type used across the service. */
export type Logger = pino.Logger;

/** Where log lines go: anything with `write(line)` (default: stdout). */
export type LogDestination = pino.DestinationStream;

/** Options for {@link createLogger}. */
export interface LoggerOptions {
  /** Lowest level written (`LOG_LEVEL`); `silent` writes nothing. */
  level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Default: stdout (synchronous writes, so nothing is lost on exit). */
  destination?: LogDestination;
}

/**
 * Creates the logger. A line written while a request is served carries its
 * `requestId` (from the request's facts), whoever writes it. Besides redacting
 * user text before it is logged (`redactForLog`), pino's `redact` censors
 * credential-shaped fields, should any code ever log a header set or a config object.
 */
export function createLogger(options: LoggerOptions): Logger {
  const settings: pino.LoggerOptions = {
    level: options.level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: toLoggedError },
    mixin: () => {
      const requestId = currentRequestFacts()?.requestId;
      return requestId ? { requestId } : {};
    },
    redact: { paths: ['headers.authorization', 'headers.cookie', 'apiKey', '*.apiKey', '*.*.apiKey', 'signingSecret', '*.signingSecret'], censor: '[REDACTED]' },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

/** A logger that writes nothing (tests, and callers that do not pass one). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
