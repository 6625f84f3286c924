import { beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createTestPipeline } from '../../testing/test-pipeline.js';
import { createApp } from './app.js';

let app: Hono;
const logged: string[] = [];
beforeAll(async () => {
  const { pipeline } = await createTestPipeline();
  app = createApp({ pipeline: () => pipeline, answerer: 'extractive', maxBodyBytes: 64 * 1024, logError: (message) => logged.push(message) });
});

const post = (body: string, contentType = 'application/json') => app.request('/v1/chat', { method: 'POST', headers: { 'content-type': contentType }, body });

describe('POST /v1/chat', () => {
  it('answers with the contract fields and a valid citation', async () => {
    const response = await post(JSON.stringify({ question: 'I changed our Okta signing certificate and now everyone gets an invalid SAML response' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(['abstained', 'answer', 'answerId', 'citations', 'degraded']);
    expect(body.answerId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(body).toMatchObject({ abstained: false, degraded: false });
    expect(body.answer).toContain('Re-import the IdP metadata after certificate rotation. [1]');
    expect(body.citations[0]).toMatchObject({
      n: 1,
      id: 'login-failures/sso-configuration-issues/metadata-and-endpoints',
      title: 'Login failures',
      section: 'Login failures › SSO configuration issues › Metadata and endpoints',
      source: 'login-failures.md',
      anchor: 'metadata-and-endpoints',
    });
    expect(typeof body.citations[0].score).toBe('number');
    expect(body.citations[0].snippet).toContain('Re-import the IdP metadata');
  });

  it('abstains on an out-of-scope question', async () => {
    const body = await (await post(JSON.stringify({ question: 'how much does the enterprise plan cost per seat?' }))).json();
    expect(body).toMatchObject({ abstained: true, citations: [] });
  });

  it('uses history for a follow-up', async () => {
    const body = await (
      await post(JSON.stringify({ question: 'what if I do not have those either?', history: [{ role: 'user', content: 'lost my authenticator phone' }, { role: 'assistant', content: 'Use the backup codes [1]' }] }))
    ).json();
    expect(body.citations[0].id).toBe('login-failures/mfa-recovery');
  });

  it('never echoes a pasted bearer token', async () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
    const response = await post(JSON.stringify({ question: `401 invalid key with header Authorization: Bearer ${token}` }));
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).not.toContain(token);
    expect(text).not.toContain('dozjgNryP4J3jVmNHl0w5N');
  });

  it.each([
    ['an empty question', JSON.stringify({ question: '   ' }), 'validation_failed', /question/],
    ['a question over 4000 characters', JSON.stringify({ question: 'a'.repeat(4001) }), 'validation_failed', /question: The question is longer than 4000 characters/],
    ['a missing question', JSON.stringify({ history: [] }), 'validation_failed', /question/],
    ['a question of the wrong type', JSON.stringify({ question: 42 }), 'validation_failed', /question/],
    ['too much history', JSON.stringify({ question: 'hi', history: Array.from({ length: 21 }, () => ({ role: 'user', content: 'x' })) }), 'validation_failed', /history/],
    ['a bad history role', JSON.stringify({ question: 'hi', history: [{ role: 'system', content: 'x' }] }), 'validation_failed', /history\.0\.role/],
    ['malformed JSON', '{"question": ', 'invalid_json', /not valid JSON/],
  ])('rejects %s with 400 and a message naming the problem', async (_, body, code, message) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const json = await response.json();
    expect(json.error.code).toBe(code);
    expect(json.error.message).toMatch(message);
  });

  it('rejects a non-JSON content type with 415', async () => {
    const response = await post('question=hi', 'application/x-www-form-urlencoded');
    expect(response.status).toBe(415);
    expect((await response.json()).error).toMatchObject({ code: 'unsupported_media_type', message: expect.stringMatching(/Content-Type: application\/json/) });
  });

  it('rejects a body over the limit with 413', async () => {
    const response = await post(JSON.stringify({ question: 'x'.repeat(70_000) }));
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('payload_too_large');
  });
});

describe('other routes', () => {
  it('GET /healthz reports the loaded index', async () => {
    const response = await app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      index: { loaded: true, chunks: 15, embeddings: { provider: 'local', model: 'wink-glove-100d-sif', dimensions: 100 } },
      answerer: 'extractive',
    });
  });

  it('answers an unknown route with 404 JSON', async () => {
    const response = await app.request('/v2/nothing');
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('not_found');
  });

  it('answers another method on a POST-only route with 405, an Allow header and JSON that says to POST', async () => {
    for (const [method, path] of [['GET', '/v1/chat'], ['PUT', '/v1/feedback'], ['DELETE', '/v1/chat/stream']] as const) {
      const response = await app.request(path, { method });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
      expect(await response.json()).toEqual({ error: { code: 'method_not_allowed', message: `${method} is not allowed on ${path}: send POST with a JSON body (see README § HTTP API).` } });
    }
  });

  it('logged no unexpected error', () => {
    expect(logged).toEqual([]);
  });
});
