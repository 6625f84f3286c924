/**
 * Load on loopback with autocannon, bounded in connections and time: the real
 * server (rate limits off) under 10 concurrent clients for 3 s must give zero
 * errors and zero non-2xx answers, also while the index that `npm run ingest`
 * published is swapped in mid-load. Latency (p50/p99) and memory
 * before and after are printed, not asserted (machines differ).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from './test-server.js';

const connections = 10;
const durationSeconds = 3;
const questions = ['I lost my authenticator phone', 'my invite link expired', 'invalid SAML response after rotating the Okta certificate', 'how much does the enterprise plan cost per seat?', 'API returns 403 insufficient scope'];

let server: TestServer;
let knowledgeDir: string;
beforeAll(async () => {
  const root = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'support-bot-load-'));
  knowledgeDir = path.join(root, 'knowledge');
  fs.cpSync('knowledge', knowledgeDir, { recursive: true });
  server = await startTestServer({ KNOWLEDGE_DIR: knowledgeDir, RATE_LIMIT_CHAT: '0' }, { keepLog: false });
}, 30_000);
afterAll(async () => {
  await server.running.close();
});

function load(): Promise<autocannon.Result> {
  return autocannon({
    url: server.url,
    connections,
    duration: durationSeconds,
    timeout: 10,
    requests: questions.map((question) => ({ method: 'POST', path: '/v1/chat', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) })),
  });
}

const megabytes = (bytes: number) => Math.round(bytes / 2 ** 20);

function report(name: string, result: autocannon.Result, before: NodeJS.MemoryUsage, after: NodeJS.MemoryUsage): void {
  console.log(
    `${name}: ${result.requests.total} requests in ${durationSeconds} s with ${connections} connections (${result.requests.average} req/s); ` +
      `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; errors ${result.errors}, non-2xx ${result.non2xx}; ` +
      `heap ${megabytes(before.heapUsed)} → ${megabytes(after.heapUsed)} MB, rss ${megabytes(before.rss)} → ${megabytes(after.rss)} MB`,
  );
}

describe('load on POST /v1/chat', { timeout: 60_000 }, () => {
  it('serves 10 concurrent clients for 3 s with zero errors, memory bounded', async () => {
    await load(); // warm-up: first-use compilation, caches
    const before = process.memoryUsage();
    const result = await load();
    const after = process.memoryUsage();
    report('load', result, before, after);
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(result['2xx']).toBeGreaterThan(connections);
    expect(after.heapUsed - before.heapUsed).toBeLessThan(200 * 2 ** 20);
  });

  it('swaps in the index that `npm run ingest` published, in the middle of the load, failing no request', async () => {
    const chunksBefore = server.running.pipeline.chunks.length;
    fs.appendFileSync(path.join(knowledgeDir, 'login-failures.md'), '\n## Kerberos tickets\n\nRenew an expired Kerberos ticket with kinit before signing in.\n');
    const ingest = spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts'], { env: { PATH: process.env.PATH, KNOWLEDGE_DIR: knowledgeDir, INDEX_DIR: server.config.indexDir, EMBEDDINGS_CACHE_DIR: server.config.embeddingsCacheDir }, stdio: 'ignore' });
    const killer = setTimeout(() => ingest.kill('SIGKILL'), 30_000);
    expect(await new Promise((resolve) => ingest.on('exit', resolve))).toBe(0);
    clearTimeout(killer);
    expect(server.running.pipeline.chunks.length).toBe(chunksBefore); // not watching: still the old index
    const before = process.memoryUsage();
    let loadFinished = false;
    const running = load().then((result) => ((loadFinished = true), result));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const outcome = await server.running.reloader.reload('SIGHUP', { force: true }); // what SIGHUP does
    expect(loadFinished).toBe(false);
    const result = await running;
    const after = process.memoryUsage();
    report('load during reload', result, before, after);
    expect(outcome).toMatchObject({ status: 'swapped', chunks: chunksBefore + 1 });
    expect(server.running.pipeline.index.byId.has('login-failures/kerberos-tickets')).toBe(true);
    expect(result.errors).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(result['2xx']).toBeGreaterThan(connections);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/support_bot_index_reloads_total\{outcome="swapped"\} 1/);
    expect(metrics).toContain(`support_bot_index_chunks ${chunksBefore + 1}`);
  });
});
