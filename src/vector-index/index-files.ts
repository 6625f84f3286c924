import fs from 'node:fs';
import path from 'node:path';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { AppError } from '../errors.js';
import type { Chunk } from '../ingest/chunk.js';
import { Bm25Index } from '../retrieval/bm25/bm25-index.js';
import { HnswVectorStore } from './hnsw-vector-store.js';
import { shareChunkStrings } from './share-strings.js';
import { manifestSchema, sameEmbeddings, type EmbeddingsDescriptor, type Manifest } from './manifest.js';

/** File names inside an index directory. */
export const indexFileNames = { manifest: 'manifest.json', chunks: 'chunks.json', vectors: 'vectors.f32', hnsw: 'hnswlib.index', bm25: 'bm25.json' } as const;

/** Everything a loaded index holds. */
export interface LoadedIndex {
  manifest: Manifest;
  /** Chunks in label order. */
  chunks: Chunk[];
  /** Chunk id → chunk. */
  byId: Map<string, Chunk>;
  bm25: Bm25Index;
  vectorStore: HnswVectorStore;
  /** Resolved directory the files were read from (the build behind the `INDEX_DIR` link). */
  directory: string;
}

/**
 * Reads `manifest.json` alone, or undefined when the index does not exist.
 * @throws {AppError} `index_corrupt` when it exists but is not a valid manifest.
 */
export function readManifest(indexDir: string): Manifest | undefined {
  const file = path.join(indexDir, indexFileNames.manifest);
  if (!fs.existsSync(file)) return undefined;
  const parsed = manifestSchema.safeParse(safeJson(file));
  if (!parsed.success) throw new AppError('index_corrupt', `${file} is not a valid index manifest (${parsed.error.issues[0]?.message}); run \`npm run ingest\` to rebuild.`);
  return parsed.data;
}

/**
 * Loads a complete index. Resolves the `INDEX_DIR` link once, so every file
 * comes from the same build even if `npm run ingest` swaps it meanwhile.
 *
 * @param expected - the configured embeddings; the index must have been built with them.
 * @throws {AppError} `index_missing` (no index: run ingest), `index_mismatch`
 *   (built with other embeddings: re-run ingest), `index_corrupt` (unreadable files).
 */
export function loadIndex(indexDir: string, embeddings: EmbeddingsInterface, expected: EmbeddingsDescriptor): LoadedIndex {
  if (!fs.existsSync(indexDir)) throw new AppError('index_missing', `No index at ${indexDir}: run \`npm run ingest\` first (or set INDEX_DIR).`);
  const directory = fs.realpathSync(indexDir);
  const manifest = readManifest(directory);
  if (!manifest) throw new AppError('index_missing', `No ${indexFileNames.manifest} in ${indexDir}: run \`npm run ingest\`.`);
  if (!sameEmbeddings(manifest.embeddings, expected)) {
    const built = `${manifest.embeddings.provider}/${manifest.embeddings.model} (${manifest.embeddings.dimensions}-d)`;
    const wanted = `${expected.provider}/${expected.model} (${expected.dimensions}-d)`;
    throw new AppError('index_mismatch', `The index at ${indexDir} was built with ${built} embeddings but ${wanted} is configured: re-run \`npm run ingest\` with the same EMBEDDINGS_PROVIDER/EMBEDDINGS_MODEL.`);
  }
  const chunks = safeJson(path.join(directory, indexFileNames.chunks)) as Chunk[];
  if (!Array.isArray(chunks) || chunks.length !== manifest.chunkCount) {
    throw new AppError('index_corrupt', `${indexFileNames.chunks} in ${indexDir} does not hold ${manifest.chunkCount} chunks; run \`npm run ingest\`.`);
  }
  shareChunkStrings(chunks);
  const byId = new Map(chunks.map((chunk) => [chunk.id, chunk]));
  // The manifest and the BM25 index list every chunk id again: they share the chunks' id strings.
  const sharedId = (id: string): string => byId.get(id)?.id ?? id;
  for (const entry of Object.values(manifest.files)) entry.chunkIds = entry.chunkIds.map(sharedId);
  // The vectors live in the HNSW graph; vectors.f32 is only read by incremental builds (`readVectors`).
  checkVectorsSize(path.join(directory, indexFileNames.vectors), manifest.chunkCount, manifest.embeddings.dimensions);
  let bm25: Bm25Index;
  try {
    bm25 = Bm25Index.fromPlainObject(safeJson(path.join(directory, indexFileNames.bm25)), sharedId);
  } catch (error) {
    throw new AppError('index_corrupt', `${indexFileNames.bm25} in ${indexDir} cannot be loaded; run \`npm run ingest\`.`, { cause: error });
  }
  const vectorStore = HnswVectorStore.load(embeddings, path.join(directory, indexFileNames.hnsw), manifest.embeddings.dimensions, chunks.map((chunk) => chunk.id));
  return { manifest, chunks, byId, bm25, vectorStore, directory };
}

/** Reads `vectors.f32` into one Float32Array view per chunk. @throws {AppError} `index_corrupt` on a size mismatch. */
export function readVectors(file: string, count: number, dimensions: number): Float32Array[] {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new AppError('index_corrupt', `${file} cannot be read; run \`npm run ingest\`.`, { cause: error });
  }
  checkSize(file, bytes.byteLength, count * dimensions * 4);
  const all = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return Array.from({ length: count }, (_, row) => all.subarray(row * dimensions, (row + 1) * dimensions));
}

/** Checks that `vectors.f32` exists and holds `count` × `dimensions` float32s, without reading it. @throws {AppError} `index_corrupt`. */
function checkVectorsSize(file: string, count: number, dimensions: number): void {
  let bytes: number;
  try {
    bytes = fs.statSync(file).size;
  } catch (error) {
    throw new AppError('index_corrupt', `${file} cannot be read; run \`npm run ingest\`.`, { cause: error });
  }
  checkSize(file, bytes, count * dimensions * 4);
}

function checkSize(file: string, bytes: number, expected: number): void {
  if (bytes !== expected) throw new AppError('index_corrupt', `${file} has ${bytes} bytes, expected ${expected}; run \`npm run ingest\`.`);
}

/** Parsed JSON of `file`; the file's text is garbage once this returns. */
function safeJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppError('index_corrupt', `${file} cannot be read as JSON; run \`npm run ingest\` to rebuild the index.`, { cause: error });
  }
}
