import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { EmbeddingsConfig } from '../config/index.js';
import type { EmbeddingsDescriptor } from '../vector-index/manifest.js';
import { LocalEmbeddings } from './local-embeddings/index.js';

/** Embeddings chosen by configuration, with the identity written to the index manifest. */
export interface SelectedEmbeddings {
  embeddings: EmbeddingsInterface;
  descriptor: EmbeddingsDescriptor;
}

/**
 * Factory: `local` (default) → SIF-weighted GloVe 100-d from the binary cache;
 * `openai` → `OpenAIEmbeddings` (OpenAI or any compatible server), whose
 * vector length is learned with one probe request. `@langchain/openai` is
 * imported only on that branch, so local embeddings never load it.
 *
 * @throws {AppError} `index_missing` when the local cache is missing (run `npm run build:embeddings`);
 *   `model_unavailable` when the OpenAI probe fails.
 */
export async function createEmbeddings(config: EmbeddingsConfig): Promise<SelectedEmbeddings> {
  if (config.provider === 'local') {
    const embeddings = new LocalEmbeddings({ cacheDir: config.cacheDir });
    return { embeddings, descriptor: { provider: 'local', model: embeddings.modelName, dimensions: embeddings.dimensions } };
  }
  const { createOpenAIEmbeddings, detectEmbeddingDimensions } = await import('./openai-embeddings.js');
  const embeddings = createOpenAIEmbeddings(config);
  return { embeddings, descriptor: { provider: 'openai', model: config.model, dimensions: await detectEmbeddingDimensions(embeddings) } };
}
