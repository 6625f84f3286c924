import { createMiddleware } from 'hono/factory';

import { AppError } from '../../../errors.js';

/** Whether the server is shutting down; shared by the shutdown code and {@link drainConnections}. */
export interface DrainState {
  /** True from the moment shutdown starts. */
  draining: boolean;
}

/**
 * Middleware for a graceful shutdown. While `state.draining`: every response
 * carries `Connection: close` (RFC 9112 §9.6), so keep-alive clients open
 * their next request elsewhere, and `GET /healthz` answers 503
 * `shutting_down`, so load balancers stop sending traffic. Requests that do
 * arrive are still served.
 *
 * @throws {AppError} `shutting_down` (503) on `/healthz` while draining.
 */
export function drainConnections(state: DrainState) {
  return createMiddleware(async (context, next) => {
    if (!state.draining) return next();
    context.header('Connection', 'close');
    if (context.req.path === '/healthz') throw new AppError('shutting_down', 'This server is shutting down; the load balancer should use another one.');
    await next();
  });
}
