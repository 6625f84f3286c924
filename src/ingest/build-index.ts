import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { parseKnowledgeSource, readKnowledgeSources } from './load-knowledge.js';
import { embeddingText } from './embedding-text.js';
import { indexFileNames, readManifest, readVectors } from '../vector-index/index-files.js';
import { writeIndex } from '../vector-index/write-index.js';
import { indexFormatVersion, sameEmbeddings, type EmbeddingsDescriptor, type Manifest } from '../vector-index/manifest.js';
import type { Chunk } from './chunk.js';

/** What {@link buildIndex} did. */
export interface BuildReport {
  /** `unchanged`: nothing to do, no file written; `built`: a new index was swapped in. */
  status: 'unchanged' | 'built';
  chunkCount: number;
  /** Chunks whose embeddings were computed in this run. */
  embedded: number;
  /** Chunks whose embeddings were reused from the previous index. */
  reused: number;
  /** Chunks of the previous index that no longer exist (deleted or edited sections). */
  removed: number;
  /** Wall time, ms. */
  elapsedMs: number;
  manifest: Manifest;
}

/** Options for {@link buildIndex}. */
export interface BuildOptions {
  knowledgeDir: string;
  indexDir: string;
  embeddings: EmbeddingsInterface;
  descriptor: EmbeddingsDescriptor;
  /** Rebuild and re-embed everything, even when nothing changed (e.g. after upgrading the embeddings code). */
  force?: boolean;
  /** Batch size for embedding calls (chunks). Default 256. */
  batchSize?: number;
  /** Called after each embedding batch with (done, total) chunk counts. */
  onProgress?: (done: number, total: number) => void;
  now?: () => Date;
}

/**
 * Knowledge → chunks → embeddings → index on disk, incrementally: when no
 * knowledge file changed and the embeddings are the same, nothing is written;
 * otherwise chunks whose embedding text is unchanged reuse their previous
 * vector (content-addressed by SHA-256), new or edited chunks are embedded,
 * and chunks of deleted files disappear. The write is atomic ({@link writeIndex}).
 *
 * @throws {AppError} from {@link readKnowledgeSources} / {@link parseKnowledgeSource} (missing directory, bad front matter);
 *   whatever the embeddings throw (e.g. an OpenAI 401), with the live index untouched.
 */
export async function buildIndex(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const sources = await readKnowledgeSources(options.knowledgeDir);
  const previous = safeManifest(options.indexDir);
  const compatible = previous !== undefined && sameEmbeddings(previous.embeddings, options.descriptor);
  // Hashes alone decide "unchanged", so an up-to-date index costs reading the files, not parsing them.
  if (compatible && !options.force && sameFiles(previous.files, Object.fromEntries(sources.map((file) => [file.source, { hash: file.hash, chunkIds: [] }])))) {
    return { status: 'unchanged', chunkCount: previous.chunkCount, embedded: 0, reused: previous.chunkCount, removed: 0, elapsedMs: performance.now() - started, manifest: previous };
  }
  const files = sources.map(parseKnowledgeSource);
  const fileEntries = Object.fromEntries(files.map((file) => [file.source, { hash: file.hash, chunkIds: file.chunks.map((chunk) => chunk.id) }]));
  const chunks = files.flatMap((file) => file.chunks);
  const cache = compatible && !options.force ? previousVectors(options.indexDir, previous) : new Map<string, Float32Array>();
  const keys = chunks.map((chunk) => contentKey(chunk));
  const vectors: (Float32Array | undefined)[] = keys.map((key) => cache.get(key));
  const missing = vectors.flatMap((vector, position) => (vector ? [] : [position]));
  const batchSize = options.batchSize ?? 256;
  for (let start = 0; start < missing.length; start += batchSize) {
    const batch = missing.slice(start, start + batchSize);
    const embedded = await options.embeddings.embedDocuments(batch.map((position) => embeddingText(chunks[position]!)));
    batch.forEach((position, offset) => (vectors[position] = Float32Array.from(embedded[offset]!)));
    options.onProgress?.(Math.min(start + batchSize, missing.length), missing.length);
  }
  const builtAt = (options.now?.() ?? new Date()).toISOString();
  const manifest: Manifest = { formatVersion: indexFormatVersion, embeddings: options.descriptor, chunkCount: chunks.length, files: fileEntries, builtAt, buildMs: 0 };
  manifest.buildMs = Math.round(performance.now() - started);
  await writeIndex(options.indexDir, manifest, chunks, vectors as Float32Array[], options.embeddings);
  const kept = new Set(keys);
  const removed = [...cache.keys()].filter((key) => !kept.has(key)).length;
  return { status: 'built', chunkCount: chunks.length, embedded: missing.length, reused: chunks.length - missing.length, removed, elapsedMs: performance.now() - started, manifest };
}

function contentKey(chunk: Chunk): string {
  return createHash('sha256').update(embeddingText(chunk)).digest('hex');
}

function safeManifest(indexDir: string): Manifest | undefined {
  try {
    return readManifest(indexDir);
  } catch {
    return undefined; // a corrupt index is rebuilt from scratch
  }
}

function sameFiles(left: Manifest['files'], right: Manifest['files']): boolean {
  const leftKeys = Object.keys(left).sort();
  const rightKeys = Object.keys(right).sort();
  return leftKeys.length === rightKeys.length && leftKeys.every((key, position) => key === rightKeys[position] && left[key]!.hash === right[key]!.hash);
}

function previousVectors(indexDir: string, manifest: Manifest): Map<string, Float32Array> {
  try {
    const chunks = JSON.parse(fs.readFileSync(path.join(indexDir, indexFileNames.chunks), 'utf8')) as Chunk[];
    const vectors = readVectors(path.join(indexDir, indexFileNames.vectors), manifest.chunkCount, manifest.embeddings.dimensions);
    return new Map(chunks.map((chunk, row) => [contentKey(chunk), vectors[row]!]));
  } catch {
    return new Map(); // unreadable previous index: embed everything
  }
}
