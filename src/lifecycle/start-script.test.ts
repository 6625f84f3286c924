/**
 * `npm start` as an operator runs it: a child process of `scripts/start.ts`.
 * Start-up failures print one line naming the problem and the fix and exit 1;
 * SIGHUP reloads the index; SIGTERM shuts down and exits 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

import { createTestPipeline } from '../testing/test-pipeline.js';

let builtIndex: string;
beforeAll(async () => {
  builtIndex = fs.realpathSync((await createTestPipeline()).indexDir);
}, 30_000);

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function start(environment: Record<string, string>): Run {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'support-bot-start-'));
  // As `npm start` runs it: one node process (a `tsx` CLI parent would not pass SIGHUP on).
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { PATH: process.env.PATH, PORT: '0', INDEX_WATCH_INTERVAL_MS: '0', FEEDBACK_DB_PATH: path.join(root, 'feedback.sqlite'), INDEX_DIR: path.join(root, 'index'), EMBEDDINGS_CACHE_DIR: process.env.EMBEDDINGS_CACHE_DIR ?? '.cache', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (part) => (stdout += part));
  child.stderr!.on('data', (part) => (stderr += part));
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => (clearTimeout(killer), resolve(code))));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** A copy of the test index, changed by `damage`. */
function damagedIndex(damage: (directory: string) => void): string {
  const directory = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'support-bot-damaged-')), 'index');
  fs.cpSync(builtIndex, directory, { recursive: true });
  damage(directory);
  return directory;
}

async function expectOneLineFailure(environment: Record<string, string>, line: RegExp): Promise<void> {
  const run = start(environment);
  expect(await run.exited).toBe(1);
  const lines = run.stderr().trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(line);
}

describe('start-up errors', { timeout: 60_000 }, () => {
  it.concurrent('bad configuration', () => expectOneLineFailure({ PORT: 'eighty' }, /^error: config_invalid: Invalid configuration: PORT: /));

  it.concurrent('a request deadline shorter than the chat model one', () =>
    expectOneLineFailure({ CHAT_PROVIDER: 'openai', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', CHAT_TIMEOUT_MS: '30000' }, /^error: config_invalid: REQUEST_TIMEOUT_MS \(20000\) must be greater than CHAT_TIMEOUT_MS \(30000\).*raise REQUEST_TIMEOUT_MS/));

  it.concurrent('a missing index on a replica that does not build one', () => expectOneLineFailure({ INDEX_BUILD_ON_START: 'false' }, /^error: index_missing: No index at .*run `npm run ingest` first/));

  it.concurrent('a corrupt index', () =>
    expectOneLineFailure({ INDEX_DIR: damagedIndex((directory) => fs.writeFileSync(path.join(directory, 'chunks.json'), '{"not": "chunks"')), INDEX_BUILD_ON_START: 'false' }, /^error: index_corrupt: .*chunks\.json.*npm run ingest/));

  it.concurrent('an index built with other embeddings', () =>
    expectOneLineFailure(
      {
        INDEX_BUILD_ON_START: 'false',
        INDEX_DIR: damagedIndex((directory) => {
          const file = path.join(directory, 'manifest.json');
          fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), embeddings: { provider: 'openai', model: 'text-embedding-3-small', dimensions: 1536 } }));
        }),
      },
      /^error: index_mismatch: The index at .* was built with openai\/text-embedding-3-small \(1536-d\) embeddings but local\/.* is configured: re-run `npm run ingest`/,
    ));

  it.concurrent('a port already in use', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = blocker.address() as net.AddressInfo;
      await expectOneLineFailure({ INDEX_DIR: builtIndex, PORT: String(port) }, new RegExp(`^error: port_in_use: 127\\.0\\.0\\.1:${port} is already in use; stop the other process or set PORT`));
    } finally {
      blocker.close();
    }
  });
});

describe('signals', { timeout: 60_000 }, () => {
  it('reloads the index on SIGHUP and exits 0 on SIGTERM', async () => {
    const run = start({ INDEX_DIR: damagedIndex(() => {}), INDEX_BUILD_ON_START: 'false' });
    const lines = () => run.stdout().split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
    const waitFor = async (message: string) => {
      for (let waited = 0; !lines().some((line) => line.msg === message) && waited < 30_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      return lines().find((line) => line.msg === message);
    };
    const ready = await waitFor('support-bot ready');
    expect(ready).toMatchObject({ level: 'info', chunks: expect.any(Number), port: expect.any(Number) });
    expect((await fetch(`http://127.0.0.1:${ready!.port as number}/healthz`)).status).toBe(200);
    run.child.kill('SIGHUP');
    expect(await waitFor('index reloaded')).toMatchObject({ trigger: 'SIGHUP', chunks: ready!.chunks });
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(lines().map((line) => line.msg)).toEqual(expect.arrayContaining(['signal received', 'shut down cleanly']));
    expect(run.stderr()).toBe('');
  });
});
