import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';

import { createErrorHandler } from '../error-handler.js';
import { requestTimeout } from './request-timeout.js';

function appWithHandlerTaking(delayMs: number): Hono {
  const app = new Hono();
  app.use('*', requestTimeout(50));
  app.get('/work', async (context) => {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return context.json({ done: true });
  });
  app.onError(createErrorHandler(() => {}));
  return app;
}

describe('requestTimeout', () => {
  it('lets a request that finishes in time through', async () => {
    const response = await appWithHandlerTaking(5).request('/work');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ done: true });
  });

  it('answers 503 request_timeout when the handler is too slow, without waiting for it', async () => {
    const started = performance.now();
    const response = await appWithHandlerTaking(1_000).request('/work');
    expect(performance.now() - started).toBeLessThan(900);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: { code: 'request_timeout', message: 'The request took longer than 50 ms. Please try again in a moment.' } });
  });
});
