import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { LoadedIndex } from '../vector-index/index-files.js';
import type { Glossary } from './glossary/glossary.js';
import type { SpellingCorrector } from './spelling.js';
import { reciprocalRankFusion } from './reciprocal-rank-fusion.js';
import type { RetrievalResult, RetrieveOptions, Retriever, ScoredChunk } from './types.js';

/** Settings of a {@link HybridRetriever}. */
export interface HybridRetrieverOptions {
  index: LoadedIndex;
  embeddings: EmbeddingsInterface;
  /** Glossary for query expansion; pass `emptyGlossary` to turn expansion off. */
  glossary: Glossary;
  /** Which retrievers take part (at least one). */
  use: { bm25: boolean; vectors: boolean };
  /** RRF constant and per-retriever weights. */
  fusion: { rrfK: number; bm25Weight: number; vectorWeight: number };
  /** Chunks returned when `retrieve` gets no `k`. */
  defaultK: number;
  /** Typo correction applied to the question before expansion (optional). */
  speller?: SpellingCorrector;
  /** Candidates each retriever contributes before fusion (default 20). */
  candidates?: number;
}

/**
 * Hybrid retriever: typo correction → BM25 (MiniSearch) on the glossary-expanded
 * query and on the customer's own words, HNSW cosine search on the expanded
 * query → weighted reciprocal rank fusion of the three rankings → top k chunks.
 */
export class HybridRetriever implements Retriever {
  constructor(private readonly options: HybridRetrieverOptions) {
    if (!options.use.bm25 && !options.use.vectors) throw new Error('HybridRetriever needs BM25, vectors or both');
  }

  /**
   * The same retriever (same index, embeddings, glossary, speller, fusion)
   * with other sources enabled, e.g. BM25 only: for side-by-side measurement
   * without loading the index again.
   * @throws Error when neither source is enabled.
   */
  withSources(use: { bm25: boolean; vectors: boolean }): HybridRetriever {
    return new HybridRetriever({ ...this.options, use });
  }

  /** @see Retriever.retrieve. Throws what the embeddings throw (e.g. a provider error). */
  async retrieve(question: string, options: RetrieveOptions = {}): Promise<RetrievalResult> {
    const { index, embeddings, glossary, use, fusion } = this.options;
    const k = options.k ?? this.options.defaultK;
    const candidates = Math.max(this.options.candidates ?? 20, k);
    const corrected = this.options.speller?.correct(question) ?? question;
    const expandedQuery = glossary.expand(corrected);
    const bm25Hits = use.bm25 ? index.bm25.query(expandedQuery, candidates) : [];
    // The customer's own words get a ranking of their own, so an exact term ("401") is not drowned by
    // the many guide terms the glossary adds for a vendor name ("GitHub Actions" → CI secrets, runners…).
    const literalHits = use.bm25 && expandedQuery !== corrected ? index.bm25.query(corrected, candidates) : [];
    const vectorHits = use.vectors ? index.vectorStore.searchIds(await embeddings.embedQuery(expandedQuery), candidates) : [];
    const bm25Scores = new Map(bm25Hits.map((hit) => [hit.id, hit.score]));
    const cosines = new Map(vectorHits.map((hit) => [hit.id, 1 - hit.distance]));
    const fused = reciprocalRankFusion(
      [
        { ids: bm25Hits.map((hit) => hit.id), weight: fusion.bm25Weight },
        { ids: literalHits.map((hit) => hit.id), weight: fusion.bm25Weight },
        { ids: vectorHits.map((hit) => hit.id), weight: fusion.vectorWeight },
      ],
      fusion.rrfK,
    );
    const chunks: ScoredChunk[] = fused.slice(0, k).flatMap(({ id, score }) => {
      const chunk = index.byId.get(id);
      return chunk ? [{ chunk, score, bm25: bm25Scores.get(id) ?? 0, cosine: cosines.get(id) ?? 0 }] : [];
    });
    return { expandedQuery, chunks };
  }
}
