/**
 * Graceful shutdown for SIGTERM (what Kubernetes, systemd and most load
 * balancers send before killing a process): stop accepting, let open requests
 * finish within a bound, then release everything else.
 */
import type { ServerType } from '@hono/node-server';

import type { DrainState } from '../channels/http/middleware/drain.js';
import type { Logger } from '../observability/logger.js';

/** Something to release after the server has stopped, e.g. the feedback store. */
export interface Closer {
  /** For the log line when closing fails, e.g. `feedback store`. */
  name: string;
  close(): unknown;
}

/** What {@link shutdownGracefully} needs. */
export interface ShutdownOptions {
  server: ServerType;
  /** Set to draining at once (responses get `Connection: close`, `/healthz` 503). */
  drain: DrainState;
  /** How long open requests may take, in ms; then their connections are closed. */
  timeoutMs: number;
  /** Released in order once no request is running. */
  closers: Closer[];
  logger: Logger;
}

/** What happened during shutdown. */
export interface ShutdownReport {
  /** True when open requests were cut off after `timeoutMs`. */
  timedOut: boolean;
  /** Closers that threw (each logged). */
  failedClosers: string[];
  elapsedMs: number;
}

/**
 * Stops the server: marks it draining, stops listening and closes idle
 * keep-alive connections (`server.close()`), waits up to `timeoutMs` for open
 * requests to finish, then closes whatever connections remain, releases each
 * closer in order (a failure is logged and the rest still run) and flushes
 * the log. Never throws.
 */
export async function shutdownGracefully(options: ShutdownOptions): Promise<ShutdownReport> {
  const started = performance.now();
  options.drain.draining = true;
  options.logger.info({ timeoutMs: options.timeoutMs }, 'shutting down: finishing open requests');
  const closed = new Promise<void>((resolve) => options.server.close(() => resolve()));
  if ('closeIdleConnections' in options.server) options.server.closeIdleConnections();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([closed.then(() => false), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), options.timeoutMs)))]);
  clearTimeout(timer);
  if (timedOut && 'closeAllConnections' in options.server) {
    options.server.closeAllConnections();
    await closed;
  }
  const failedClosers: string[] = [];
  for (const closer of options.closers) {
    try {
      await closer.close();
    } catch (error) {
      failedClosers.push(closer.name);
      options.logger.error({ err: error }, `shutdown: closing the ${closer.name} failed`);
    }
  }
  const elapsedMs = Math.round(performance.now() - started);
  options.logger.info({ timedOut, elapsedMs }, timedOut ? `shut down after cutting off requests still open at ${options.timeoutMs} ms` : 'shut down cleanly');
  options.logger.flush();
  return { timedOut, failedClosers, elapsedMs };
}
