import path from 'node:path';
import { crc32 } from 'node:zlib';

import { AppError } from '../../errors.js';
import { buildVocabularyTable, slotCount } from './vocabulary-table.js';

/**
 * On-disk format of the word-vector cache (all integers little-endian):
 *
 * | offset | size | field |
 * |---|---|---|
 * | 0  | 8 | magic `WINKGLOV` (ASCII) |
 * | 8  | 4 | format version (uint32, {@link CACHE_FORMAT_VERSION}) |
 * | 12 | 4 | dimensions (uint32) |
 * | 16 | 4 | count: words = vectors (uint32) |
 * | 20 | 4 | vocabulary byte length (uint32) |
 * | 24 | 4 | CRC-32 of every byte after the header (uint32) |
 * | 28 | 4 | byte length of the source JSON it was built from (uint32; 0 = unknown) |
 * | 32 | v | vocabulary: UTF-8 words joined by `\n`, in frequency-rank order |
 * |    | 0–3 | zero padding to a multiple of 4 |
 * |    | 4·count | per-vector scale (float32) |
 * |    | 4·slots | word → row hash table (uint32; `slots = slotCount(count)`, see `vocabulary-table.ts`) |
 * |    | dims·count | components (int8), row `r` at `r · dims` |
 */

/** File name of the cache inside the cache directory. */
export const CACHE_FILE_NAME = 'wink-glove-100d.v1.bin';
/** Bumped whenever the layout above changes. */
export const CACHE_FORMAT_VERSION = 1;
const MAGIC = 'WINKGLOV';
const HEADER_BYTES = 32;

/** Vectors in rank order: row `r` is `words[r]`, scaled by `scales[r]`. */
export interface WordVectorTable {
  /** Lowercase words, most frequent first. None contains `\n`. */
  words: string[];
  dimensions: number;
  /** One float32 scale per row (see `quantize.ts`). */
  scales: Float32Array;
  /** `words.length · dimensions` int8 components. */
  components: Int8Array;
}

/** A decoded cache file. */
export interface DecodedCache extends WordVectorTable {
  /** Word → row hash table (see `vocabulary-table.ts`). */
  slots: Uint32Array;
  /** Byte length of the source JSON recorded at build time (0 = unknown). */
  sourceByteLength: number;
}

/** Path of the cache file in `cacheDir` (not resolved against the working directory). */
export function cacheFilePath(cacheDir: string): string {
  return path.join(cacheDir, CACHE_FILE_NAME);
}

function align4(offset: number): number {
  return (offset + 3) & ~3;
}

/** Byte offsets of the sections after the vocabulary. */
function sectionOffsets(vocabularyBytes: number, count: number, dimensions: number) {
  const scales = align4(HEADER_BYTES + vocabularyBytes);
  const slots = scales + 4 * count;
  const components = slots + 4 * slotCount(count);
  return { scales, slots, components, end: components + count * dimensions };
}

/** A typed-array view of `file[offset, offset + 4·length)`, copied when misaligned. */
function view32<T extends Float32Array | Uint32Array>(
  file: Buffer,
  offset: number,
  length: number,
  kind: new (buffer: ArrayBufferLike, byteOffset?: number, length?: number) => T,
): T {
  if ((file.byteOffset + offset) % 4 === 0) return new kind(file.buffer, file.byteOffset + offset, length);
  return new kind(Uint8Array.prototype.slice.call(file, offset, offset + 4 * length).buffer, 0, length);
}

function copyInto(file: Buffer, offset: number, array: ArrayBufferView): void {
  Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(file, offset);
}

/**
 * Serialises a table to the layout above.
 *
 * @param sourceByteLength - size of the source JSON, recorded so a rebuild
 *   happens when the package changes; must fit in a uint32.
 * @throws {AppError} `internal` when the table is inconsistent (a word with
 *   `\n`, wrong array lengths).
 */
export function encodeWordVectorCache(table: WordVectorTable, sourceByteLength: number): Buffer {
  const count = table.words.length;
  if (table.scales.length !== count || table.components.length !== count * table.dimensions) {
    throw new AppError('internal', `Word-vector table is inconsistent: ${count} words, ${table.scales.length} scales, ${table.components.length} components.`);
  }
  const badWord = table.words.find((word) => word.includes('\n'));
  if (badWord !== undefined) throw new AppError('internal', `Vocabulary word contains a newline: ${JSON.stringify(badWord)}`);

  const vocabulary = Buffer.from(table.words.join('\n'), 'utf8');
  const offsets = sectionOffsets(vocabulary.length, count, table.dimensions);
  const file = Buffer.alloc(offsets.end);
  file.write(MAGIC, 0, 'ascii');
  file.writeUInt32LE(CACHE_FORMAT_VERSION, 8);
  file.writeUInt32LE(table.dimensions, 12);
  file.writeUInt32LE(count, 16);
  file.writeUInt32LE(vocabulary.length, 20);
  file.writeUInt32LE(sourceByteLength >>> 0, 28);
  vocabulary.copy(file, HEADER_BYTES);
  copyInto(file, offsets.scales, table.scales);
  copyInto(file, offsets.slots, buildVocabularyTable(table.words));
  copyInto(file, offsets.components, table.components);
  file.writeUInt32LE(crc32(file.subarray(HEADER_BYTES)), 24);
  return file;
}

/**
 * Parses and checks a cache file. Typed arrays are views on `file` (no copy)
 * when it is 4-byte aligned, copies otherwise.
 *
 * @param file - the whole cache file.
 * @param filePath - used in error messages only.
 * @throws {AppError} `index_missing` when the magic, version, sizes or
 *   checksum are wrong; the message says to run `npm run build:embeddings`.
 */
export function decodeWordVectorCache(file: Buffer, filePath: string): DecodedCache {
  const corrupt = (reason: string): AppError =>
    new AppError('index_missing', `Embedding cache ${filePath} is unusable (${reason}); run \`npm run build:embeddings\` to rebuild it.`);
  if (file.length < HEADER_BYTES || file.toString('ascii', 0, 8) !== MAGIC) throw corrupt('not a word-vector cache');
  const version = file.readUInt32LE(8);
  if (version !== CACHE_FORMAT_VERSION) throw corrupt(`format version ${version}, expected ${CACHE_FORMAT_VERSION}`);
  const dimensions = file.readUInt32LE(12);
  const count = file.readUInt32LE(16);
  const vocabularyBytes = file.readUInt32LE(20);
  const offsets = sectionOffsets(vocabularyBytes, count, dimensions);
  if (dimensions === 0 || count === 0 || file.length !== offsets.end) {
    throw corrupt(`${file.length} bytes, expected ${offsets.end} for ${count} × ${dimensions}`);
  }
  if (crc32(file.subarray(HEADER_BYTES)) !== file.readUInt32LE(24)) throw corrupt('checksum mismatch');

  const words = file.toString('utf8', HEADER_BYTES, HEADER_BYTES + vocabularyBytes).split('\n');
  if (words.length !== count) throw corrupt(`${words.length} words, expected ${count}`);
  return {
    words,
    dimensions,
    scales: view32(file, offsets.scales, count, Float32Array),
    slots: view32(file, offsets.slots, slotCount(count), Uint32Array),
    components: new Int8Array(file.buffer, file.byteOffset + offsets.components, count * dimensions),
    sourceByteLength: file.readUInt32LE(28),
  };
}
