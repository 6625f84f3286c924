import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createOpenAIEmbeddings, detectEmbeddingDimensions } from './openai-embeddings.js';
import { startOpenAICompatibleServer, type OpenAICompatibleServer } from '../testing/openai-compatible-server.js';

describe('createOpenAIEmbeddings', () => {
  let server: OpenAICompatibleServer;
  beforeEach(async () => {
    server = await startOpenAICompatibleServer({ behaviour: { kind: 'reply', content: '' }, embeddingDimensions: 8 });
  });
  afterEach(async () => {
    await server.close();
  });

  const embeddings = () =>
    createOpenAIEmbeddings({ provider: 'openai', model: 'test-embeddings', apiKey: 'sk-test-key', baseURL: server.url });

  it('asks for float vectors, so a server that ignores encoding_format still yields full-length vectors', async () => {
    const vectors = await embeddings().embedDocuments(['backup codes', 'clock skew']);

    expect(vectors.map((vector) => vector.length)).toEqual([8, 8]);
    expect(vectors[0]).not.toEqual(vectors[1]);
    expect(server.requests[0]?.path).toBe('/v1/embeddings');
    expect(server.requests[0]?.body).toMatchObject({
      model: 'test-embeddings',
      input: ['backup codes', 'clock skew'],
      encoding_format: 'float',
    });
  });

  it('detects the dimensions with one probe request', async () => {
    await expect(detectEmbeddingDimensions(embeddings())).resolves.toBe(8);
    expect(server.requests).toHaveLength(1);
  });

  it('wraps a provider failure into model_unavailable', async () => {
    server.setBehaviour({ kind: 'http-error', status: 401, message: 'Incorrect API key provided' });

    await expect(detectEmbeddingDimensions(embeddings())).rejects.toMatchObject({
      name: 'AppError',
      code: 'model_unavailable',
      message: 'Embeddings request failed (HTTP 401). Check OPENAI_BASE_URL, OPENAI_API_KEY and EMBEDDINGS_MODEL, or set EMBEDDINGS_PROVIDER=local for the offline embeddings.',
    });
  });

  it('says the server could not be reached when nothing answers (no HTTP status)', async () => {
    // What the OpenAI client throws when the connection is refused (APIConnectionError): `status` is undefined.
    const refused = async (): Promise<never> => {
      throw Object.assign(new Error('Connection error.'), { status: undefined, cause: new TypeError('fetch failed') });
    };
    const unreachable = { embedQuery: refused, embedDocuments: refused };
    await expect(detectEmbeddingDimensions(unreachable)).rejects.toMatchObject({
      code: 'model_unavailable',
      message: expect.stringMatching(/^Embeddings request failed: the embeddings server could not be reached\. Check OPENAI_BASE_URL/),
    });
  });
});
