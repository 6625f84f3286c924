import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { AppError } from '../../errors.js';
import { cacheFilePath, decodeWordVectorCache, type DecodedCache } from './cache-format.js';
import { dequantize } from './quantize.js';
import { findRow } from './vocabulary-table.js';

/**
 * Read-only word vectors loaded from the binary cache. Lookups lowercase the
 * word first (the vocabulary is lowercase).
 */
export interface WordVectors {
  /** Components per vector (100 for wink GloVe). */
  readonly dimensions: number;
  /** Number of words in the vocabulary. */
  readonly size: number;
  /** 0-based frequency rank (0 = most frequent), or `undefined` when out of vocabulary. */
  rank(word: string): number | undefined;
  /**
   * Writes the dequantised vector of `word` into `out` (length `dimensions`).
   * @returns `false` (and leaves `out` untouched) when `word` is out of vocabulary.
   * @throws {AppError} `internal` when `out.length !== dimensions`.
   */
  vector(word: string, out: Float32Array): boolean;
  /**
   * Writes the dequantised vector of the word at 0-based `rank` into `out`.
   * @returns `false` when `rank` is not an integer in [0, size).
   */
  vectorAt(rank: number, out: Float32Array): boolean;
}

class QuantizedWordVectors implements WordVectors {
  readonly dimensions: number;
  readonly size: number;

  constructor(private readonly table: DecodedCache) {
    this.dimensions = table.dimensions;
    this.size = table.words.length;
  }

  rank(word: string): number | undefined {
    return findRow(this.table.slots, this.table.words, word.toLowerCase());
  }

  vector(word: string, out: Float32Array): boolean {
    const row = this.rank(word);
    return row !== undefined && this.vectorAt(row, out);
  }

  vectorAt(rank: number, out: Float32Array): boolean {
    if (!Number.isInteger(rank) || rank < 0 || rank >= this.size) return false;
    if (out.length !== this.dimensions) {
      throw new AppError('internal', `Word vectors need a Float32Array of length ${this.dimensions}, got ${out.length}.`);
    }
    dequantize(this.table.components, rank * this.dimensions, this.table.scales[rank] ?? 0, out);
    return true;
  }
}

const loaded = new Map<string, { size: number; modifiedMs: number; vectors: WordVectors }>();

/**
 * Loads `<cacheDir>/wink-glove-100d.v1.bin` (built by
 * `scripts/build-embedding-cache.ts`), keeping the int8 components, float32
 * scales and the precomputed word → row hash table as typed-array views of the
 * file (~40 MB) plus the word list. Memoised per resolved path: a second call
 * returns the same object unless the file's size or modification time
 * changed. Takes ~0.1 s for the wink cache.
 *
 * @param cacheDir - directory holding the cache (relative to the working directory).
 * @throws {AppError} `index_missing` when the file is missing or corrupt
 *   (bad magic, version, size or checksum); the message says to run
 *   `npm run build:embeddings`.
 */
export function loadWordVectors(cacheDir: string): WordVectors {
  const filePath = path.resolve(cacheFilePath(cacheDir));
  let stats;
  try {
    stats = statSync(filePath);
  } catch (cause) {
    throw new AppError(
      'index_missing',
      `Embedding cache ${filePath} not found; run \`npm run build:embeddings\` (it also runs on npm install).`,
      { cause },
    );
  }
  const memo = loaded.get(filePath);
  if (memo && memo.size === stats.size && memo.modifiedMs === stats.mtimeMs) return memo.vectors;

  const vectors = new QuantizedWordVectors(decodeWordVectorCache(readFileSync(filePath), filePath));
  loaded.set(filePath, { size: stats.size, modifiedMs: stats.mtimeMs, vectors });
  return vectors;
}
