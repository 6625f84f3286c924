/**
 * The benchmark's baseline: a bare Hono app on @hono/node-server (the same
 * HTTP stack as the bot) whose `POST /v1/chat` returns a constant JSON body
 * without reading the request, and `GET /healthz` for readiness. Nothing
 * else: no middleware, no logging. Usage: `bare-server.ts <port>` on 127.0.0.1.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const constantAnswer = { answer: 'constant', citations: [], abstained: false, degraded: false } as const;

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error('usage: bare-server.ts <port>');
  process.exit(2);
}
const app = new Hono();
app.post('/v1/chat', (context) => context.json(constantAnswer));
app.get('/healthz', (context) => context.json({ status: 'ok' }));
const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
process.once('SIGTERM', () => server.close(() => process.exit(0)));
