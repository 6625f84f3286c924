import { describe, expect, it } from 'vitest';
import { loadConfig } from './index.js';

describe('loadConfig', () => {
  it('runs offline with no variables set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', embeddings: { provider: 'local' }, chat: { provider: 'none' }, retrieval: { k: 5, rrfK: 60 } });
    expect(config.knowledgeDir).toMatch(/knowledge$/);
    expect(config.glossaryPath).toMatch(/knowledge\/glossary\.yaml$/);
    expect(config.exemplarsPath).toMatch(/knowledge\/exemplars\.yaml$/);
    expect(config.exemplarsRequired).toBe(false);
  });

  it('requires the exemplar file only when EXEMPLARS_PATH names it', () => {
    expect(loadConfig({ EXEMPLARS_PATH: 'elsewhere/examples.yaml' })).toMatchObject({ exemplarsPath: expect.stringMatching(/elsewhere\/examples\.yaml$/), exemplarsRequired: true });
    expect(loadConfig({ KNOWLEDGE_DIR: 'other' }).exemplarsPath).toMatch(/other\/exemplars\.yaml$/);
  });

  it('names the missing variable when a chat model is chosen without a key', () => {
    expect(() => loadConfig({ CHAT_PROVIDER: 'openai' })).toThrow(/OPENAI_API_KEY is required when CHAT_PROVIDER=openai/);
  });

  it('refuses to turn both retrievers off, and accepts either one alone', () => {
    expect(() => loadConfig({ BM25_WEIGHT: '0', VECTOR_WEIGHT: '0' })).toThrow(/BM25_WEIGHT and VECTOR_WEIGHT are both 0.*set at least one above 0/);
    expect(loadConfig({ BM25_WEIGHT: '0' }).retrieval).toMatchObject({ bm25Weight: 0, vectorWeight: 0.5 });
    expect(loadConfig({ VECTOR_WEIGHT: '0' }).retrieval).toMatchObject({ bm25Weight: 1, vectorWeight: 0 });
  });

  it('accepts a local OpenAI-compatible server without a key', () => {
    expect(loadConfig({ CHAT_PROVIDER: 'openai', OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', CHAT_MODEL: 'llama3.1' }).chat).toMatchObject({ provider: 'openai', model: 'llama3.1', baseURL: 'http://127.0.0.1:11434/v1' });
  });

  it('keeps 1,000 answers by default; ANSWER_CACHE_SIZE=0 turns the cache off; a negative size stops start-up', () => {
    expect(loadConfig({}).answerCache).toEqual({ maxEntries: 1000 });
    expect(loadConfig({ ANSWER_CACHE_SIZE: '0' }).answerCache).toEqual({ maxEntries: 0 });
    expect(() => loadConfig({ ANSWER_CACHE_SIZE: '-1' })).toThrow(/ANSWER_CACHE_SIZE: /);
  });

  it('treats a variable set to nothing as unset, so its default applies', () => {
    const defaults = loadConfig({});
    const blank = loadConfig({ ANSWER_CACHE_SIZE: '', PORT: ' ', RATE_LIMIT_CHAT: '' });
    expect(blank.answerCache).toEqual({ maxEntries: 1000 });
    expect(blank.port).toBe(3000);
    expect(blank.operations).toEqual(defaults.operations);
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', EMBEDDINGS_PROVIDER: 'bert' })).toThrow(/PORT: .*EMBEDDINGS_PROVIDER: /);
  });
});
