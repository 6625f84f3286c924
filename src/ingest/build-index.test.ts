import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalEmbeddings } from '../models/local-embeddings/index.js';
import { indexFileNames, loadIndex, readVectors } from '../vector-index/index-files.js';
import { buildIndex } from './build-index.js';

const embeddings = new LocalEmbeddings({ cacheDir: '.cache' });
const descriptor = { provider: 'local' as const, model: embeddings.modelName, dimensions: embeddings.dimensions };
let root: string;
let knowledgeDir: string;
let indexDir: string;

const page = (title: string, body: string) => `---\ntitle: ${title}\n---\n\n# ${title}\n\n${body}\n`;
const build = () => buildIndex({ knowledgeDir, indexDir, embeddings, descriptor });

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'support-bot-build-'));
  knowledgeDir = path.join(root, 'knowledge');
  indexDir = path.join(root, 'index');
  fs.mkdirSync(knowledgeDir);
  fs.copyFileSync('knowledge/login-failures.md', path.join(knowledgeDir, 'login-failures.md'));
  fs.writeFileSync(path.join(knowledgeDir, 'billing.md'), page('Billing', '## Invoices\n\n- Download invoices from the billing page.\n\n## Refunds\n\n- Refunds take five days.'));
});

describe('buildIndex', () => {
  it('builds, then does no embedding work when nothing changed', async () => {
    const first = await build();
    expect(first).toMatchObject({ status: 'built', chunkCount: 17, embedded: 17, reused: 0 });
    const linkTarget = fs.readlinkSync(indexDir);
    const second = await build();
    expect(second).toMatchObject({ status: 'unchanged', embedded: 0, chunkCount: 17 });
    expect(fs.readlinkSync(indexDir)).toBe(linkTarget);
  });

  it('re-embeds only the changed section and drops deleted files', async () => {
    await build();
    const billing = path.join(knowledgeDir, 'billing.md');
    fs.writeFileSync(billing, fs.readFileSync(billing, 'utf8').replace('five days', 'ten days'));
    expect(await build()).toMatchObject({ status: 'built', embedded: 1, reused: 16, removed: 1 });
    fs.rmSync(billing);
    const afterDelete = await build();
    expect(afterDelete).toMatchObject({ status: 'built', chunkCount: 15, embedded: 0 });
    const index = loadIndex(indexDir, embeddings, descriptor);
    expect(index.chunks.some((chunk) => chunk.source === 'billing.md')).toBe(false);
    expect(Object.keys(index.manifest.files)).toEqual(['login-failures.md']);
  });

  it('round-trips: the loaded index finds a chunk by its own vector and by BM25', async () => {
    await build();
    const index = loadIndex(indexDir, embeddings, descriptor);
    expect(index.manifest).toMatchObject({ formatVersion: 1, chunkCount: 17, embeddings: descriptor });
    const mfaRow = index.chunks.findIndex((chunk) => chunk.id === 'login-failures/mfa-recovery');
    const vectors = readVectors(path.join(index.directory, indexFileNames.vectors), 17, descriptor.dimensions);
    expect(index.vectorStore.searchIds(Array.from(vectors[mfaRow]!), 1)[0]).toMatchObject({ id: 'login-failures/mfa-recovery' });
    expect(index.bm25.query('backup codes TOTP', 1)[0]?.id).toBe('login-failures/mfa-recovery');
  });

  it('refuses an index built with other embeddings, naming the fix', async () => {
    await build();
    expect(() => loadIndex(indexDir, embeddings, { provider: 'openai', model: 'text-embedding-3-small', dimensions: 1536 })).toThrow(/re-run `npm run ingest`/);
  });

  it('reports a missing index with the command that builds it', () => {
    expect(() => loadIndex(path.join(root, 'nowhere'), embeddings, descriptor)).toThrow(/run `npm run ingest` first/);
  });

  it('rebuilds from scratch when the manifest is corrupt', async () => {
    await build();
    fs.writeFileSync(path.join(indexDir, 'manifest.json'), '{not json');
    expect(() => loadIndex(indexDir, embeddings, descriptor)).toThrow(/cannot be read as JSON/);
    expect(await build()).toMatchObject({ status: 'built', embedded: 17 });
  });
});
