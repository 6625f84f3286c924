/**
 * The service's structured logger: pino, one JSON object per line on stdout,
 * with `level` as a word, an ISO 8601 `time`, `pid` and `hostname` (so lines
 * from several replicas can be told apart), and errors as {@link LoggedError}.
 * Lines reach stdout asynchronously and buffered (pino's SonicBoom with
 * `sync: false`, `minLength`): written once 4 KiB have gathered and at least
 * every 200 ms, instead of one blocking system call per request. pino writes
 * what is left when the process exits, and the graceful shutdown flushes too;
 * only a hard kill (SIGKILL, out of memory) can lose the last 200 ms of lines.
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
  /** Default: stdout, buffered (see above). */
  destination?: LogDestination;
}

/** Bytes of log lines gathered before a write to stdout. */
export const logBufferBytes = 4096;
/** Longest a log line waits in the buffer, ms. */
export const logFlushIntervalMs = 200;

/** Stdout, buffered: see the module comment. The flush timer does not keep the process alive. */
function bufferedStdout(): LogDestination {
  const destination = pino.destination({ dest: 1, sync: false, minLength: logBufferBytes });
  setInterval(() => destination.flush(), logFlushIntervalMs).unref();
  return destination;
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
  return pino(settings, options.destination ?? bufferedStdout());
}

/** A logger that writes nothing (tests, and callers that do not pass one). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
