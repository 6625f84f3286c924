import { Hono } from 'hono';
import type { Registry } from 'prom-client';

/**
 * `GET /metrics` → 200, the registry in the Prometheus text exposition format
 * (`text/plain; version=0.0.4`). Meant for the monitoring system inside the
 * network: the load balancer should not route it from the internet.
 */
export function metricsRoutes(registry: Registry) {
  return new Hono().get('/metrics', async (context) => context.body(await registry.metrics(), 200, { 'Content-Type': registry.contentType }));
}
