import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { AppError } from '../../errors.js';
import { buildWordVectorCache } from './build-cache.js';
import { CACHE_FILE_NAME, cacheFilePath } from './cache-format.js';
import { loadWordVectors } from './word-vectors.js';

const temporaryRoot = mkdtempSync(path.join(tmpdir(), 'local-embeddings-'));
afterAll(() => rmSync(temporaryRoot, { recursive: true, force: true }));

/** A wink-shaped JSON: 5 dims plus l2-norm and word index, words in frequency order. */
const sourceVectors: Record<string, number[]> = {
  the: [0.418, 0.24968, -0.41242, 0.1217, 0.34527],
  login: [-1.2, 0.003, 0.5, 2.75, -0.04],
  Login: [9, 9, 9, 9, 9],
  'e-mail': [0.01, -0.02, 0.03, -0.04, 0.05],
  café: [0, 0, 0, 0, 0],
};
const sourceWords = Object.keys(sourceVectors);

function writeSource(directory: string): string {
  const vectors = Object.fromEntries(
    sourceWords.map((word, index) => [word, [...sourceVectors[word]!, Math.hypot(...sourceVectors[word]!), index]]),
  );
  const json = { precision: 8, l2NormIndex: 5, wordIndex: 6, size: sourceWords.length, dimensions: 5, words: sourceWords, vectors, unkVector: [0, 0, 0, 0, 0, -1] };
  const sourcePath = path.join(directory, 'source.json');
  writeFileSync(sourcePath, JSON.stringify(json));
  return sourcePath;
}

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
  return undefined;
}

describe('buildWordVectorCache + loadWordVectors', () => {
  const directory = mkdtempSync(path.join(temporaryRoot, 'round-trip-'));
  const sourcePath = writeSource(directory);
  const cacheDir = path.join(directory, 'cache');
  const built = buildWordVectorCache({ sourcePath, cacheDir });

  it('writes the cache atomically into the cache directory', () => {
    expect(built).toMatchObject({ status: 'built', filePath: path.join(cacheDir, CACHE_FILE_NAME), words: 4 });
    expect(built.bytes).toBe(readFileSync(built.filePath).length);
  });

  it('round-trips every vector within 1% of its largest component, keeping the first of lowercase duplicates', () => {
    const vectors = loadWordVectors(cacheDir);
    expect(vectors.dimensions).toBe(5);
    expect(vectors.size).toBe(4);
    const out = new Float32Array(5);
    for (const word of ['the', 'login', 'e-mail', 'café']) {
      expect(vectors.vector(word, out)).toBe(true);
      const expected = sourceVectors[word]!;
      const largest = Math.max(...expected.map(Math.abs));
      expected.forEach((value, index) => expect(Math.abs(out[index]! - value)).toBeLessThanOrEqual(0.01 * largest));
    }
    expect(vectors.vector('LOGIN', out)).toBe(true);
    expect(out[3]).toBeCloseTo(2.75, 5);
    expect(out[0]).toBeCloseTo(-1.2, 1);
  });

  it('gives 0-based frequency ranks and rejects out-of-vocabulary words', () => {
    const vectors = loadWordVectors(cacheDir);
    expect(['the', 'Login', 'e-mail', 'café', 'zebra'].map((word) => vectors.rank(word))).toEqual([0, 1, 2, 3, undefined]);
    const out = new Float32Array(5).fill(7);
    expect(vectors.vector('zebra', out)).toBe(false);
    expect(Array.from(out)).toEqual([7, 7, 7, 7, 7]);
    expect(vectors.vectorAt(4, out)).toBe(false);
    expect(vectors.vectorAt(0, out)).toBe(true);
    expect(out[0]).toBeCloseTo(0.418, 2);
  });

  it('memoises per path until the file changes', () => {
    const first = loadWordVectors(cacheDir);
    expect(loadWordVectors(cacheDir)).toBe(first);
    utimesSync(built.filePath, new Date(2_000_000_000_000), new Date(2_000_000_000_000));
    expect(loadWordVectors(cacheDir)).not.toBe(first);
  });

  it('skips the build when a valid cache for the same source exists, rebuilds on force', () => {
    expect(buildWordVectorCache({ sourcePath, cacheDir }).status).toBe('up-to-date');
    expect(buildWordVectorCache({ sourcePath, cacheDir, force: true }).status).toBe('built');
  });
});

describe('loadWordVectors errors', () => {
  it('throws index_missing naming the build command when the file is missing', () => {
    const cacheDir = path.join(temporaryRoot, 'nothing-here');
    expect(codeOf(() => loadWordVectors(cacheDir))).toBe('index_missing');
    expect(() => loadWordVectors(cacheDir)).toThrow(/npm run build:embeddings/);
  });

  it('throws index_missing for a truncated or bit-flipped cache, and the builder replaces it', () => {
    const directory = mkdtempSync(path.join(temporaryRoot, 'corrupt-'));
    const sourcePath = writeSource(directory);
    const { filePath } = buildWordVectorCache({ sourcePath, cacheDir: directory });
    const good = readFileSync(filePath);

    writeFileSync(filePath, good.subarray(0, good.length - 1));
    expect(() => loadWordVectors(directory)).toThrow(/unusable \(\d+ bytes, expected/);

    const flipped = Buffer.from(good);
    flipped[flipped.length - 1]! ^= 0xff;
    writeFileSync(filePath, flipped);
    utimesSync(filePath, new Date(1_000_000_000_000), new Date(1_000_000_000_000));
    expect(codeOf(() => loadWordVectors(directory))).toBe('index_missing');
    expect(() => loadWordVectors(directory)).toThrow(/checksum mismatch.*npm run build:embeddings/);

    expect(buildWordVectorCache({ sourcePath, cacheDir: directory }).status).toBe('built');
    expect(loadWordVectors(directory).size).toBe(4);
  });

  it('throws index_missing from the builder when the source JSON is missing', () => {
    expect(codeOf(() => buildWordVectorCache({ sourcePath: path.join(temporaryRoot, 'absent.json'), cacheDir: temporaryRoot }))).toBe('index_missing');
    expect(cacheFilePath('x')).toBe(path.join('x', CACHE_FILE_NAME));
  });
});
