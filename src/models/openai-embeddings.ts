/**
 * OpenAI (or OpenAI-compatible) embeddings for the vector index.
 */
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { OpenAIEmbeddings } from '@langchain/openai';

import type { EmbeddingsConfig } from '../config/index.js';
import { AppError } from '../errors.js';

/** The `openai` branch of {@link EmbeddingsConfig}. */
export type OpenAIEmbeddingsConfig = Extract<EmbeddingsConfig, { provider: 'openai' }>;

/** Per-request timeout for embedding calls, in ms. */
const embeddingTimeoutMs = 30_000;

/**
 * Builds `OpenAIEmbeddings` for `config.model` at `config.baseURL` (OpenAI when unset).
 *
 * Vectors are requested as JSON floats (`encoding_format: 'float'`): the
 * OpenAI SDK otherwise asks for base64 and decodes it, and servers that ignore
 * `encoding_format` (Ollama, some proxies) then yield vectors a quarter of
 * their real length without any error. Requests time out after 30,000 ms and
 * are retried at most twice.
 *
 * Does not call the network and does not throw.
 */
export function createOpenAIEmbeddings(config: OpenAIEmbeddingsConfig): OpenAIEmbeddings {
  return new OpenAIEmbeddings({
    model: config.model,
    apiKey: config.apiKey,
    encodingFormat: 'float',
    timeout: embeddingTimeoutMs,
    maxRetries: 2,
    ...(config.baseURL ? { configuration: { baseURL: config.baseURL } } : {}),
  });
}

/** Text embedded once to learn a model's vector length. */
const probeText = 'dimension probe';

/**
 * Learns how many dimensions `embeddings` returns by embedding one short probe
 * string (one request). The vector index needs this before it is created.
 *
 * @returns the vector length, e.g. 1536 for `text-embedding-3-small`.
 * @throws {AppError} `model_unavailable` when the request fails (cause kept) or
 *   the reply is not a non-empty array of finite numbers.
 */
export async function detectEmbeddingDimensions(embeddings: EmbeddingsInterface): Promise<number> {
  let vector: unknown;
  try {
    vector = await embeddings.embedQuery(probeText);
  } catch (error) {
    const status = typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
    // No HTTP status: the server was never reached (wrong OPENAI_BASE_URL, no network, nothing listening).
    const what = status === undefined ? ': the embeddings server could not be reached' : ` (HTTP ${status})`;
    throw new AppError('model_unavailable', `Embeddings request failed${what}. Check OPENAI_BASE_URL, OPENAI_API_KEY and EMBEDDINGS_MODEL, or set EMBEDDINGS_PROVIDER=local for the offline embeddings.`, { cause: error });
  }
  if (!Array.isArray(vector) || vector.length === 0 || !vector.every((value) => Number.isFinite(value))) {
    throw new AppError('model_unavailable', 'Embeddings reply was not a non-empty vector of numbers.');
  }
  return vector.length;
}
