import { AppError, isAppError } from '../errors.js';
import type { Pipeline } from '../pipeline.js';

/** A question every usable index of the login guide answers from some section. */
export const smokeQuestion = 'I cannot log in';

/**
 * Checks that a freshly loaded pipeline can serve before it replaces the
 * running one: the index has chunks, and a real question goes through
 * retrieval (BM25 and HNSW) and the offline answerer without an error.
 *
 * @throws {AppError} `index_corrupt` naming what failed.
 */
export async function checkPipeline(pipeline: Pipeline): Promise<void> {
  if (pipeline.index.manifest.chunkCount === 0) throw new AppError('index_corrupt', `The index at ${pipeline.index.directory} has no chunks; check KNOWLEDGE_DIR and run \`npm run ingest\`.`);
  try {
    const retrieved = await pipeline.retriever.retrieve(smokeQuestion);
    if (retrieved.chunks.length === 0) throw new Error('retrieval returned no chunk');
    await pipeline.extractive.answer({ question: smokeQuestion });
  } catch (error) {
    if (isAppError(error)) throw error;
    throw new AppError('index_corrupt', `The index at ${pipeline.index.directory} loads but cannot answer (${error instanceof Error ? error.message : String(error)}); run \`npm run ingest\`.`, { cause: error });
  }
}
