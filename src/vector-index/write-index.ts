import fs from 'node:fs';
import path from 'node:path';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { Document } from '@langchain/core/documents';
import type { Chunk } from '../ingest/chunk.js';
import { Bm25Index } from '../retrieval/bm25/bm25-index.js';
import { HnswVectorStore } from './hnsw-vector-store.js';
import { indexFileNames } from './index-files.js';
import type { Manifest } from './manifest.js';

/**
 * Writes a complete index atomically. Files go to a fresh build directory
 * beside `indexDir` (`<indexDir>.builds/<build>`); then `indexDir`, a symbolic
 * link, is re-pointed with `rename(2)`, which replaces it in one step (POSIX
 * rename is atomic), so a reader sees the old build or the new one, never a
 * mix. Older builds except the previous one are removed.
 *
 * @param vectors - one embedding per chunk, in chunk order.
 * @throws Error from the file system (disk full, permissions); the live index is then untouched.
 */
export async function writeIndex(indexDir: string, manifest: Manifest, chunks: Chunk[], vectors: Float32Array[], embeddings: EmbeddingsInterface): Promise<string> {
  const buildsDir = `${indexDir}.builds`;
  fs.mkdirSync(buildsDir, { recursive: true });
  const buildDir = fs.mkdtempSync(path.join(buildsDir, `${manifest.builtAt.replace(/[:.]/g, '-')}-`));
  const store = HnswVectorStore.create(embeddings, manifest.embeddings.dimensions, chunks.length);
  await store.addVectors(vectors.map((vector) => Array.from(vector)), chunks.map((chunk) => new Document({ pageContent: '', metadata: { id: chunk.id } })));
  store.save(path.join(buildDir, indexFileNames.hnsw));
  const packed = new Float32Array(chunks.length * manifest.embeddings.dimensions);
  vectors.forEach((vector, row) => packed.set(vector, row * manifest.embeddings.dimensions));
  fs.writeFileSync(path.join(buildDir, indexFileNames.vectors), Buffer.from(packed.buffer));
  fs.writeFileSync(path.join(buildDir, indexFileNames.chunks), JSON.stringify(chunks));
  fs.writeFileSync(path.join(buildDir, indexFileNames.bm25), JSON.stringify(Bm25Index.build(chunks).toJSON()));
  // The manifest is written last: a build directory without one is incomplete.
  fs.writeFileSync(path.join(buildDir, indexFileNames.manifest), JSON.stringify(manifest, null, 2));
  swapLink(indexDir, buildDir);
  pruneBuilds(buildsDir, buildDir);
  return buildDir;
}

function swapLink(indexDir: string, buildDir: string): void {
  const existing = fs.lstatSync(indexDir, { throwIfNoEntry: false });
  if (existing && !existing.isSymbolicLink()) fs.rmSync(indexDir, { recursive: true, force: true });
  const temporaryLink = `${indexDir}.link-${process.pid}`;
  fs.rmSync(temporaryLink, { force: true });
  fs.symlinkSync(path.relative(path.dirname(indexDir), buildDir), temporaryLink, 'dir');
  fs.renameSync(temporaryLink, indexDir);
}

function pruneBuilds(buildsDir: string, current: string): void {
  const builds = fs
    .readdirSync(buildsDir)
    .map((name) => path.join(buildsDir, name))
    .filter((build) => build !== current)
    .sort();
  for (const stale of builds.slice(0, -1)) fs.rmSync(stale, { recursive: true, force: true });
}
