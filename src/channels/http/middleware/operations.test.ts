import type { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';

import { captureLog, type CapturedLog } from '../../../observability/captured-log.js';
import { errorLogger } from '../../../observability/error-log.js';
import { createMetrics, type Metrics } from '../../../observability/metrics.js';
import { observePipeline } from '../../../observability/observed-answerer.js';
import { createTestPipeline } from '../../../testing/test-pipeline.js';
import { createApp } from '../app.js';
import type { DrainState } from './drain.js';

let app: Hono;
let log: CapturedLog;
let metrics: Metrics;
const drain: DrainState = { draining: false };

beforeAll(async () => {
  const { pipeline } = await createTestPipeline();
  log = captureLog();
  metrics = createMetrics({ defaultMetrics: false });
  const observed = observePipeline(pipeline, { metrics, logQuestions: true, redactEmails: true });
  app = createApp({
    pipeline: () => observed,
    answerer: 'extractive',
    maxBodyBytes: 64 * 1024,
    logError: errorLogger(log.logger),
    operations: { logger: log.logger, metrics, requestTimeoutMs: 5_000, rateLimits: { windowMs: 60_000, chat: 3, assist: 100, slack: 100 }, trustedProxyHops: 1, drain },
  });
});

let clientNumber = 0;
/** A distinct client per call unless `ip` is given (through the one trusted proxy). */
const ask = (question: string, headers: Record<string, string> = {}, ip = `198.51.100.${++clientNumber}`) =>
  app.request('/v1/chat', { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, ...headers }, body: JSON.stringify({ question }) });
const entriesFor = (requestId: string) => log.lines().filter((line) => line.requestId === requestId);

describe('request id and access log', () => {
  it('returns an X-Request-Id and logs one line with route, status, latency, abstained, answerer and the question', async () => {
    const response = await ask('I lost my authenticator phone');
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const [line] = entriesFor(requestId);
    expect(line).toMatchObject({ level: 'info', msg: 'request', method: 'POST', route: '/v1/chat', status: 200, abstained: false, degraded: false, answerer: 'extractive', question: 'I lost my authenticator phone' });
    expect(line!.latencyMs).toBeTypeOf('number');
    expect(line!.time).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('keeps a well-formed incoming request id and replaces a malformed one', async () => {
    expect((await ask('hi', { 'x-request-id': 'lb-1234_abc' })).headers.get('x-request-id')).toBe('lb-1234_abc');
    expect((await ask('hi', { 'x-request-id': 'has spaces;and<tags>' })).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never writes a pasted secret or e-mail address to the log', async () => {
    const secrets = ['sk-proj-Q7fJ2mXr9LwT4bVn8cYk3HsD', 'ghp_R4nd0mT0k3nV4lu3Abcdefghij123456', 'Sup3r-S3cret!pw', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'];
    const question = `401 with key ${secrets[0]} and token ${secrets[1]}; my password: ${secrets[2]} ; key -----BEGIN PRIVATE KEY-----\n${secrets[3]}\n-----END PRIVATE KEY----- from ops@example.com`;
    const response = await ask(question);
    expect(response.status).toBe(200);
    const [line] = entriesFor(response.headers.get('x-request-id')!);
    expect(line!.question).toContain('[REDACTED API KEY]');
    expect(line!.question).toContain('[REDACTED EMAIL]');
    for (const secret of [...secrets, 'ops@example.com']) expect(log.text()).not.toContain(secret);
  });

  it('labels an unknown path "unmatched" and logs its 404', async () => {
    const response = await app.request('/admin/../../etc/passwd?x=1');
    expect(response.status).toBe(404);
    expect(entriesFor(response.headers.get('x-request-id')!)[0]).toMatchObject({ route: 'unmatched', status: 404, errorCode: 'not_found' });
  });
});

describe('GET /metrics', () => {
  it('serves request counts and latencies per route and status, answers, abstentions and the index gauges', async () => {
    await ask('how much does the enterprise plan cost per seat?');
    metrics.observeIndex({ formatVersion: 1, embeddings: { provider: 'local', model: 'm', dimensions: 100 }, chunkCount: 42, files: {}, builtAt: '2026-01-01T00:00:00.000Z', buildMs: 1500 });
    const response = await app.request('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toMatch(/support_bot_http_requests_total\{route="\/v1\/chat",method="POST",status="200"\} [1-9]/);
    expect(text).toMatch(/support_bot_http_request_duration_seconds_bucket\{le="\+Inf",route="\/v1\/chat",method="POST",status="200"\} [1-9]/);
    expect(text).toMatch(/support_bot_http_requests_total\{route="unmatched",method="GET",status="404"\} 1/);
    expect(text).toMatch(/support_bot_abstentions_total [1-9]/);
    expect(text).toMatch(/support_bot_answers_total\{answerer="extractive"\} [1-9]/);
    expect(text).toContain('support_bot_index_chunks 42');
    expect(text).toContain('support_bot_index_build_duration_seconds 1.5');
    expect(text).toContain('support_bot_index_built_timestamp_seconds 1767225600');
    expect(text).not.toContain('passwd');
  });
});

describe('rate limit on POST /v1/chat', () => {
  it('answers 429 with Retry-After and the JSON error after the limit, per client IP', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let attempt = 0; attempt < 4; attempt += 1) {
      last = await ask('my invite link expired', {}, '203.0.113.7');
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(last!.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(last!.headers.get('ratelimit-limit')).toBe('3');
    expect(last!.headers.get('ratelimit-remaining')).toBe('0');
    expect(await last!.json()).toEqual({ error: { code: 'rate_limited', message: expect.stringMatching(/at most 3 every 60 s.*Retry-After/) } });
    expect((await ask('my invite link expired', {}, '203.0.113.8')).status).toBe(200);
    expect(await (await app.request('/metrics')).text()).toMatch(/support_bot_rate_limited_total\{limiter="chat"\} 1/);
  });

  it('keys on the address the trusted proxy saw, not on what the client forged to its left', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) statuses.push((await ask('hi', {}, `10.9.9.${attempt}, 203.0.113.50`)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe('drain (shutdown)', () => {
  it('closes connections after each response and fails /healthz so load balancers move on', async () => {
    drain.draining = true;
    try {
      const health = await app.request('/healthz');
      expect(health.status).toBe(503);
      expect((await health.json()).error.code).toBe('shutting_down');
      const answer = await ask('I lost my authenticator phone');
      expect(answer.status).toBe(200);
      expect(answer.headers.get('connection')).toBe('close');
    } finally {
      drain.draining = false;
    }
    expect((await app.request('/healthz')).status).toBe(200);
  });
});
