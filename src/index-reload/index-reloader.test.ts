import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadConfig, type Config } from '../config/index.js';
import { ensureIndex } from '../ingest/ensure-index.js';
import { captureLog, type CapturedLog } from '../observability/captured-log.js';
import { createPipeline, type Pipeline } from '../pipeline.js';
import { createIndexReloader, type IndexReloader } from './index-reloader.js';

let config: Config;
let log: CapturedLog;
let reloader: IndexReloader;
let knowledgeFile: string;

beforeAll(async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'support-bot-reload-'));
  fs.cpSync('knowledge', path.join(root, 'knowledge'), { recursive: true });
  knowledgeFile = path.join(root, 'knowledge', 'login-failures.md');
  config = loadConfig({ KNOWLEDGE_DIR: path.join(root, 'knowledge'), INDEX_DIR: path.join(root, 'index'), EMBEDDINGS_CACHE_DIR: process.env.EMBEDDINGS_CACHE_DIR ?? '.cache' });
  log = captureLog();
  reloader = createIndexReloader({ initial: await createPipeline(config), indexDir: config.indexDir, load: () => createPipeline(config, { ensureIndex: false }), watchIntervalMs: 0, logger: log.logger });
});
afterAll(() => reloader.close());

/** What `npm run ingest` does. */
async function ingest(): Promise<void> {
  const { embeddings, descriptor } = await (await import('../models/embeddings.js')).createEmbeddings(config.embeddings);
  await ensureIndex({ knowledgeDir: config.knowledgeDir, indexDir: config.indexDir, embeddings, descriptor, quiet: true });
}

/** Publishes a copy of the served build, changed by `damage`, the way ingest publishes (new directory, link renamed over INDEX_DIR). */
function publishDamagedCopy(damage: (directory: string) => void): void {
  const directory = fs.mkdtempSync(path.join(`${config.indexDir}.builds`, 'damaged-'));
  fs.cpSync(fs.realpathSync(config.indexDir), directory, { recursive: true });
  damage(directory);
  const link = `${config.indexDir}.test-link`;
  fs.symlinkSync(directory, link, 'dir');
  fs.renameSync(link, config.indexDir);
}

describe('index reload', () => {
  it('does nothing when the index on disk is the one served', async () => {
    const before = reloader.current();
    expect(await reloader.reload('test')).toEqual({ status: 'unchanged' });
    expect(reloader.current()).toBe(before);
  });

  it('swaps in a new index after ingest, while a request holding the old pipeline still finishes on it', async () => {
    const old: Pipeline = reloader.current();
    const oldCount = old.chunks.length;
    fs.appendFileSync(knowledgeFile, '\n## Kerberos tickets\n\nRenew an expired Kerberos ticket with kinit before signing in.\n');
    await ingest();
    const outcome = await reloader.reload('test');
    expect(outcome).toMatchObject({ status: 'swapped', chunks: oldCount + 1 });
    expect(reloader.current()).not.toBe(old);
    expect(reloader.current().index.byId.has('login-failures/kerberos-tickets')).toBe(true);
    const inFlight = await old.answerer.answer({ question: 'I lost my authenticator phone' });
    expect(inFlight.citations[0]?.id).toBe('login-failures/mfa-recovery');
    expect(old.index.byId.has('login-failures/kerberos-tickets')).toBe(false);
    expect(log.lines().at(-1)).toMatchObject({ level: 'info', msg: 'index reloaded', trigger: 'test', chunks: oldCount + 1 });
  });

  it.each([
    ['a corrupt chunks file', 'index_corrupt', (directory: string) => fs.writeFileSync(path.join(directory, 'chunks.json'), '[{"id": "trunc')],
    ['a truncated HNSW file', 'index_corrupt', (directory: string) => fs.truncateSync(path.join(directory, 'hnswlib.index'), 100)],
    [
      'an index built with other embeddings',
      'index_mismatch',
      (directory: string) => {
        const file = path.join(directory, 'manifest.json');
        fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), embeddings: { provider: 'openai', model: 'text-embedding-3-small', dimensions: 1536 } }));
      },
    ],
  ])('rejects %s with a log line and keeps serving the old index', async (_, code, damage) => {
    const serving = reloader.current();
    publishDamagedCopy(damage);
    expect(await reloader.reload('test')).toMatchObject({ status: 'rejected', code });
    expect(reloader.current()).toBe(serving);
    expect((await reloader.current().answerer.answer({ question: 'my invite link expired' })).abstained).toBe(false);
    const line = log.lines().at(-1)!;
    expect(line).toMatchObject({ level: 'error', trigger: 'test', code, servingBuiltAt: serving.index.manifest.builtAt });
    expect(line.msg).toMatch(/^index reload rejected, still serving the index built .*npm run ingest/);
    const lines = log.lines().length;
    expect(await reloader.reload('watch')).toEqual({ status: 'unchanged' });
    expect(log.lines()).toHaveLength(lines);
  });

  it('picks up a new build by itself when watching', async () => {
    await ingest(); // repairs the damaged index: the published build is rebuilt from knowledge/
    const watcher = createIndexReloader({ initial: reloader.current(), indexDir: config.indexDir, load: () => createPipeline(config, { ensureIndex: false }), watchIntervalMs: 25, logger: log.logger });
    try {
      fs.appendFileSync(knowledgeFile, '\n## Smart card sign-in\n\nInsert the smart card before opening the sign-in page.\n');
      await ingest();
      const swapped = () => watcher.current().index.byId.has('login-failures/smart-card-sign-in');
      for (let waited = 0; !swapped() && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(swapped()).toBe(true);
    } finally {
      watcher.close();
    }
  });
});
