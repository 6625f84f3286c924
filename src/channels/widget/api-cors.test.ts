import { describe, expect, it } from 'vitest';

import { createMemoryFeedbackStore } from '../../feedback/memory-feedback-store.js';
import type { Pipeline } from '../../pipeline.js';
import { createApp } from '../http/app.js';
import { jsonPost } from './test-helpers.js';

const allowed = 'https://support.planasonix.com';
const app = createApp({
  pipeline: () => ({}) as Pipeline,
  answerer: 'extractive',
  maxBodyBytes: 64 * 1024,
  feedbackStore: createMemoryFeedbackStore(),
  widget: { allowedOrigins: [allowed] },
});
const preflight = (origin: string, path = '/v1/chat/stream') =>
  app.request(path, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

describe('CORS on /v1/*', () => {
  it('lets an allowed origin preflight a JSON POST', async () => {
    for (const path of ['/v1/chat/stream', '/v1/chat', '/v1/feedback']) {
      const response = await preflight(allowed, path);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(allowed);
      expect(response.headers.get('access-control-allow-headers')).toBe('Content-Type,Accept');
      expect(response.headers.get('access-control-allow-methods')).toContain('POST');
      expect(response.headers.get('vary')).toContain('Origin');
    }
  });

  it('gives any other origin no Access-Control-Allow-Origin, so browsers do not send the request', async () => {
    for (const origin of ['https://evil.example', 'https://support.planasonix.com.evil.example', 'http://support.planasonix.com', 'null']) {
      const response = await preflight(origin);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('marks responses to an allowed origin, errors included, and exposes Retry-After', async () => {
    const response = await app.request('/v1/feedback', jsonPost({ answerId: 'nope', rating: 'up' }, { origin: allowed }));
    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(response.headers.get('access-control-expose-headers')).toBe('Retry-After');
  });

  it('leaves same-origin pages alone (the widget on the bot’s own demo page)', async () => {
    const response = await app.request('/v1/feedback', jsonPost({ answerId: 'nope', rating: 'up' }));
    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('adds nothing to requests without an Origin header (servers, curl: not CORS requests)', async () => {
    const response = await app.request('/v1/feedback', jsonPost({ answerId: 'nope', rating: 'up' }));
    expect(response.status).toBe(400);
    for (const header of ['access-control-allow-origin', 'access-control-expose-headers', 'vary']) expect(response.headers.get(header)).toBeNull();
  });

  it('allows no origin by default', async () => {
    const closed = createApp({ pipeline: () => ({}) as Pipeline, answerer: 'extractive', maxBodyBytes: 1024 });
    const response = await closed.request('/v1/chat', { method: 'OPTIONS', headers: { origin: allowed, 'access-control-request-method': 'POST' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
