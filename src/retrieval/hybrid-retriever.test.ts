import { beforeAll, describe, expect, it } from 'vitest';
import type { Pipeline } from '../pipeline.js';
import { createTestPipeline } from '../testing/test-pipeline.js';
import { HybridRetriever } from './hybrid-retriever.js';

let pipeline: Pipeline;
let hybrid: HybridRetriever;

beforeAll(async () => {
  ({ pipeline } = await createTestPipeline());
  hybrid = pipeline.retriever as HybridRetriever;
}, 30_000);

describe('HybridRetriever.withSources', () => {
  const question = 'I lost my authenticator phone and need the backup codes';

  it('switches sources while sharing the index, speller and glossary', async () => {
    expect(hybrid).toBeInstanceOf(HybridRetriever);
    const bm25 = await hybrid.withSources({ bm25: true, vectors: false }).retrieve(question);
    const vectors = await hybrid.withSources({ bm25: false, vectors: true }).retrieve(question);
    const both = await hybrid.retrieve(question);
    expect(bm25.chunks.length).toBeGreaterThan(0);
    expect(bm25.chunks.every((item) => item.cosine === 0 && item.bm25 > 0)).toBe(true);
    expect(vectors.chunks.every((item) => item.bm25 === 0 && item.cosine !== 0)).toBe(true);
    expect(bm25.expandedQuery).toBe(both.expandedQuery);
    expect(bm25.chunks[0]?.chunk.id).toBe('login-failures/mfa-recovery');
    expect(await hybrid.withSources({ bm25: true, vectors: true }).retrieve(question)).toEqual(both);
  });

  it('refuses a retriever with no source', () => {
    expect(() => hybrid.withSources({ bm25: false, vectors: false })).toThrow(/BM25, vectors or both/);
  });
});
