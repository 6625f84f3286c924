import type { Chunk } from '../ingest/chunk.js';

/** A retrieved chunk with its scores. Higher `score` is better. */
export interface ScoredChunk {
  chunk: Chunk;
  /** Fused score (reciprocal rank fusion of the enabled retrievers), unitless, higher is better. */
  score: number;
  /** BM25 score of this chunk for the expanded query (0 when BM25 did not return it). */
  bm25: number;
  /** Cosine similarity of question and chunk embeddings, in [-1, 1] (0 when vectors did not return it). */
  cosine: number;
}

/** What a retriever returns for one question. */
export interface RetrievalResult {
  /** The question after glossary expansion (what BM25 saw). */
  expandedQuery: string;
  /** Ranked chunks, best first. */
  chunks: ScoredChunk[];
}

/** Retriever options; every field has a default in config. */
export interface RetrieveOptions {
  /** How many chunks to return. */
  k?: number;
}

/** Question → ranked chunks. */
export interface Retriever {
  retrieve(question: string, options?: RetrieveOptions): Promise<RetrievalResult>;
}
