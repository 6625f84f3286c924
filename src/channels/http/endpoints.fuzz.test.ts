/**
 * Property-based fuzzing (fast-check) of every JSON endpoint of the real,
 * fully composed server: random strings and bytes, unicode, wrong types,
 * huge and deeply nested bodies, random paths. The property is always the
 * same: never a 500, always the one error shape, and the server stays up.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { generateApiKey } from '../assist/api-keys.js';
import { startTestServer, type TestServer } from '../../lifecycle/test-server.js';

const staff = generateApiKey('fuzz-tool', ['assist:read']);
const maxBodyBytes = 64 * 1024;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ ASSIST_API_KEYS: staff.entry, SLACK_SIGNING_SECRET: 'fuzz-signing-secret', MAX_BODY_BYTES: String(maxBodyBytes), RATE_LIMIT_CHAT: '0', RATE_LIMIT_ASSIST: '0', RATE_LIMIT_SLACK: '0' });
}, 30_000);
afterAll(async () => {
  await server.running.close();
});

const endpoints = ['/v1/chat', '/v1/chat/stream', '/v1/feedback', '/v1/assist', '/slack/commands'] as const;
const contentTypes = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', ''];

/** POSTs `body` through the app (no socket) and checks the property. */
async function expectHandled(path: string, body: string, contentType: string): Promise<void> {
  const headers: Record<string, string> = { authorization: `Bearer ${staff.key}` };
  if (contentType) headers['content-type'] = contentType;
  const response = await server.running.app.request(path, { method: 'POST', headers, body });
  const text = await response.text();
  expect(response.status, text).toBeLessThan(500);
  if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
    expect(text).not.toContain('"code":"internal"');
    return;
  }
  if (response.status >= 400 && path !== '/slack/commands') {
    const parsed = JSON.parse(text) as { error: { code: string; message: string } };
    expect(Object.keys(parsed)).toEqual(['error']);
    expect(parsed.error.code).toMatch(/^[a-z_]+$/);
    expect(parsed.error.message.length).toBeGreaterThan(0);
  }
}

/** Any JSON-ish value: primitives, unicode strings, objects, arrays. */
const anyJson = fc.jsonValue({ maxDepth: 4 });
/** Bodies with the right field names and the wrong (or right) types. */
const shapedBody = fc.oneof(
  fc.record({ question: fc.anything(), history: fc.anything() }, { requiredKeys: [] }),
  fc.record({ question: fc.string({ unit: 'grapheme', maxLength: 4_100 }), history: fc.array(fc.record({ role: fc.constantFrom('user', 'assistant', 'system', 7), content: fc.string({ unit: 'binary' }) }), { maxLength: 25 }) }, { requiredKeys: ['question'] }),
  fc.record({ ticket: fc.oneof(fc.string({ unit: 'binary', maxLength: 2_000 }), fc.anything()), context: fc.anything() }, { requiredKeys: [] }),
  fc.record({ answerId: fc.oneof(fc.uuid(), fc.string()), rating: fc.oneof(fc.constantFrom('up', 'down'), fc.anything()), comment: fc.anything() }, { requiredKeys: [] }),
);
/** Raw text that is mostly not JSON. */
const rawText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.json(), fc.constantFrom('{', '{"question":', 'null', '[]', '"question"', '\u0000', '{"question":"\ud800"}'));

describe('fuzzing every JSON endpoint', () => {
  it.each(endpoints)('%s: random raw bodies and content types never give a 500', async (path) => {
    await fc.assert(fc.asyncProperty(rawText, fc.constantFrom(...contentTypes), (body, contentType) => expectHandled(path, body, contentType)), { numRuns: 40 });
  }, 60_000);

  it.each(endpoints)('%s: well-typed, wrongly typed and unicode JSON never gives a 500', async (path) => {
    await fc.assert(fc.asyncProperty(fc.oneof(shapedBody, anyJson), (value) => expectHandled(path, JSON.stringify(value) ?? 'null', 'application/json')), { numRuns: 40 });
  }, 60_000);

  it.each(endpoints)('%s: huge and deeply nested bodies give 413 or 400, never a 500', async (path) => {
    const nested = fc.integer({ min: 1_000, max: maxBodyBytes / 2 - 100 }).map((depth) => `{"question":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    const huge = fc.integer({ min: maxBodyBytes + 1, max: 4 * maxBodyBytes }).map((size) => JSON.stringify({ question: 'x'.repeat(size) }));
    await fc.assert(fc.asyncProperty(fc.oneof(nested, huge), (body) => expectHandled(path, body, 'application/json')), { numRuns: 10 });
    const response = await server.running.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${staff.key}` }, body: JSON.stringify({ question: 'y'.repeat(maxBodyBytes) }) });
    expect(response.status).toBe(413);
  }, 60_000);

  it('random paths and methods never give a 500', async () => {
    const method = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD');
    await fc.assert(
      fc.asyncProperty(fc.webPath(), method, async (path, verb) => {
        const response = await server.running.app.request(path.startsWith('/') ? path : `/${path}`, { method: verb });
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('random bytes over a real loopback socket never give a 500, and the server keeps serving', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...endpoints), fc.uint8Array({ maxLength: 4_096 }), async (path, bytes) => {
        const response = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bytes });
        await response.arrayBuffer();
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 40 },
    );
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 60_000);
});
