import { z } from 'zod';

/** Version of the on-disk index layout; bump when files or their meaning change. */
export const indexFormatVersion = 1;

/** Identity of the embeddings an index was built with. */
export const embeddingsDescriptorSchema = z.object({
  provider: z.enum(['local', 'openai']),
  model: z.string(),
  /** Vector length. */
  dimensions: z.number().int().positive(),
});

/** Embeddings identity, e.g. `{provider: 'local', model: 'wink-glove-100d-sif', dimensions: 100}`. */
export type EmbeddingsDescriptor = z.infer<typeof embeddingsDescriptorSchema>;

/**
 * `manifest.json` of an index directory: what was built, from what, when.
 * Files beside it: `chunks.json` (Chunk[] in vector-label order),
 * `vectors.f32` (little-endian float32, chunkCount × dimensions),
 * `hnswlib.index` (HNSW graph, cosine), `bm25.json` (MiniSearch index).
 */
export const manifestSchema = z.object({
  formatVersion: z.literal(indexFormatVersion),
  embeddings: embeddingsDescriptorSchema,
  chunkCount: z.number().int().nonnegative(),
  /** Per knowledge file: SHA-256 of its bytes and the ids of its chunks. */
  files: z.record(z.string(), z.object({ hash: z.string(), chunkIds: z.array(z.string()) })),
  /** ISO 8601 time the index was written. */
  builtAt: z.string(),
  /** Wall time of the build, in ms. */
  buildMs: z.number().nonnegative(),
});

/** Parsed `manifest.json`. */
export type Manifest = z.infer<typeof manifestSchema>;

/** True when two descriptors name the same embeddings. */
export function sameEmbeddings(left: EmbeddingsDescriptor, right: EmbeddingsDescriptor): boolean {
  return left.provider === right.provider && left.model === right.model && left.dimensions === right.dimensions;
}
