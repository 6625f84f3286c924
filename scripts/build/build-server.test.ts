/**
 * `npm run build` as `npm start` uses it: the bundle is built into a scratch
 * folder inside the repository (so node_modules resolves), started as plain
 * JavaScript, and asked over loopback for what the TypeScript server serves.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { bundleWidget } from '../../src/channels/widget/widget-bundle.js';
import { createTestPipeline } from '../../src/testing/test-pipeline.js';
import { buildServer, type BuiltServer } from './build-server.js';

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let outDir: string;
let built: BuiltServer;
let indexDir: string;

beforeAll(async () => {
  fs.mkdirSync(path.join(repoDir, 'node_modules', '.cache'), { recursive: true });
  outDir = fs.mkdtempSync(path.join(repoDir, 'node_modules', '.cache', 'support-bot-build-test-'));
  [built, { indexDir }] = await Promise.all([buildServer(repoDir, outDir), createTestPipeline()]);
}, 60_000);

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

describe('buildServer', { timeout: 60_000 }, () => {
  it('lists the sources it was built from, relative to the repository', () => {
    expect(built.entry).toBe(path.join(outDir, 'start.mjs'));
    expect(built.sources).toEqual(expect.arrayContaining(['scripts/start.ts', 'src/pipeline.ts', 'src/answer/answer-cache.ts', 'src/channels/widget/client/main.ts', 'scripts/build/build-server.ts', 'package-lock.json']));
    expect(built.sources.some((source) => source.includes('node_modules') || source.endsWith('.test.ts'))).toBe(false);
    expect(JSON.parse(fs.readFileSync(path.join(outDir, 'sources.json'), 'utf8'))).toEqual(built.sources);
  });

  it('leaves @langchain/openai and the OpenAI SDK out of what start-up loads', () => {
    const startup = built.startupFiles.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
    expect(startup).toContain('// src/pipeline.ts');
    expect(startup).not.toContain('// node_modules/@langchain/openai/');
    expect(startup).not.toContain('// node_modules/openai/');
    const lazy = fs.readdirSync(path.join(outDir, 'chunks')).map((file) => fs.readFileSync(path.join(outDir, 'chunks', file), 'utf8'));
    expect(lazy.some((text) => text.includes('// node_modules/@langchain/openai/'))).toBe(true);
    expect(built.startupBytes).toBeLessThan(built.bytes);
  });

  it('runs as plain JavaScript: answers a question, serves the widget script it embedded, exits 0 on SIGTERM', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'support-bot-built-'));
    const child = spawn(process.execPath, [built.entry], {
      cwd: repoDir,
      env: { PATH: process.env.PATH, PORT: '0', INDEX_DIR: indexDir, INDEX_BUILD_ON_START: 'false', INDEX_WATCH_INTERVAL_MS: '0', RATE_LIMIT_CHAT: '0', FEEDBACK_DB_PATH: path.join(root, 'feedback.sqlite'), EMBEDDINGS_CACHE_DIR: process.env.EMBEDDINGS_CACHE_DIR ?? '.cache' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (part) => (stdout += part));
    child.stderr.on('data', (part) => (stderr += part));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const ready = async () => stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.msg === 'support-bot ready');
      for (let waited = 0; !(await ready()) && waited < 30_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      const line = await ready();
      expect(line, stderr).toMatchObject({ answerer: 'extractive', chunks: expect.any(Number) });
      const base = `http://127.0.0.1:${line!.port as number}`;

      const chat = await fetch(`${base}/v1/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'I lost my authenticator phone' }) });
      expect(chat.status).toBe(200);
      expect(await chat.json()).toMatchObject({ abstained: false, degraded: false, citations: [expect.objectContaining({ id: 'login-failures/mfa-recovery' })] });

      const widget = await fetch(`${base}/widget.js`);
      expect(widget.status).toBe(200);
      expect(await widget.text()).toBe(await bundleWidget());
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
  });
});
