import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import MiniSearch, { type Options } from 'minisearch';
import { stem, stopWords } from '../../text/terms.js';
import type { Exemplar, ExemplarBank } from './exemplar-bank.js';

/** Neighbours that vote in {@link ExemplarVote.answeredShare}. */
export const exemplarNeighbours = 5;

/** What the exemplars nearest a message say, by one similarity. */
export interface ExemplarVote {
  /** Share, in [0, 1], of the {@link exemplarNeighbours} most similar exemplars that the guide answers. */
  answeredShare: number;
  /**
   * How much more similar the most similar answered exemplar is than the most similar unanswered one: a difference
   * of cosines in [−2, 2] for embeddings, of ln(1 + BM25 score) for words (0 when a side has no match).
   */
  margin: number;
}

/** What the nearest exemplars say about a message (see {@link ExemplarIndex.evidence}). */
export interface ExemplarEvidence {
  /** By cosine of sentence embeddings: paraphrases in other words. */
  embedding: ExemplarVote;
  /** By BM25 over the exemplars' words: names the embeddings do not know (vendors, error codes). */
  words: ExemplarVote;
}

/** A vote with nothing to go on: even, no margin. */
export const noExemplarVote: ExemplarVote = { answeredShare: 0.5, margin: 0 };

/** Evidence when there is no exemplar bank. */
export const noExemplarEvidence: ExemplarEvidence = { embedding: noExemplarVote, words: noExemplarVote };

interface ExemplarDocument {
  id: number;
  question: string;
}

/** Same term processing as the chunk BM25 index: lowercase, apostrophes dropped, stop words out, stemmed. */
const searchOptions: Options<ExemplarDocument> = {
  fields: ['question'],
  storeFields: [],
  processTerm: (term) => {
    const lower = term.toLowerCase().replace(/['’]/g, '');
    return lower === '' || stopWords.has(lower) ? null : stem(lower);
  },
  tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean),
};

/**
 * Nearest-neighbour lookup over an {@link ExemplarBank}: out-of-scope detection by the labels of the most similar
 * example messages (k-nearest neighbours; Cover & Hart 1967, "Nearest neighbor pattern classification"), by two
 * similarities: the cosine of sentence embeddings, and BM25 over the exemplars' words (MiniSearch's BM25+;
 * Robertson & Zaragoza 2009). The embedding search is exact: the bank holds hundreds of messages, so a scan of
 * `exemplars × dimensions` multiply-adds (≈ 80k for 800 × 100-d) costs well under a millisecond.
 */
export class ExemplarIndex {
  private constructor(
    private readonly exemplars: Exemplar[],
    /** Unit-length vectors, one row of `dimensions` numbers per exemplar (zero rows for texts with no known word). */
    private readonly vectors: Float64Array,
    private readonly dimensions: number,
    private readonly search: MiniSearch<ExemplarDocument>,
  ) {}

  /**
   * Embeds and indexes every exemplar once.
   * @param embeddings - the sentence embeddings used for messages too (the pipeline passes the local GloVe SIF
   *   embeddings, which the abstention model was fitted with, whatever embeddings retrieval uses).
   * @throws what `embeddings.embedDocuments` throws.
   */
  static async build(bank: ExemplarBank, embeddings: EmbeddingsInterface): Promise<ExemplarIndex> {
    const embedded = await embeddings.embedDocuments(bank.exemplars.map((exemplar) => exemplar.question));
    const dimensions = embedded[0]?.length ?? 0;
    const vectors = new Float64Array(embedded.length * dimensions);
    embedded.forEach((vector, row) => vectors.set(unit(vector), row * dimensions));
    const search = new MiniSearch<ExemplarDocument>(searchOptions);
    search.addAll(bank.exemplars.map((exemplar, id) => ({ id, question: exemplar.question })));
    return new ExemplarIndex(bank.exemplars, vectors, dimensions, search);
  }

  /** Number of exemplars. */
  get size(): number {
    return this.exemplars.length;
  }

  /**
   * The labels of the exemplars most similar to a message.
   * @param message - the message's text (for BM25).
   * @param vector - its embedding, as long as the exemplars' (need not be unit length).
   * @returns per similarity, {@link noExemplarVote} when nothing matches (a zero vector: no known word; no shared word).
   */
  evidence(message: string, vector: number[]): ExemplarEvidence {
    return { embedding: this.embeddingVote(vector), words: this.wordVote(message) };
  }

  private embeddingVote(vector: number[]): ExemplarVote {
    const query = unit(vector);
    if (this.exemplars.length === 0 || query.every((value) => value === 0)) return noExemplarVote;
    const scored = this.exemplars.map((exemplar, row) => {
      let cosine = 0;
      const offset = row * this.dimensions;
      for (let column = 0; column < this.dimensions; column++) cosine += query[column]! * this.vectors[offset + column]!;
      return { exemplar, score: cosine };
    });
    scored.sort((a, b) => b.score - a.score);
    return vote(scored, (score) => score);
  }

  private wordVote(message: string): ExemplarVote {
    const hits = this.search.search(message, { combineWith: 'OR' }).map((hit) => ({ exemplar: this.exemplars[hit.id as number]!, score: hit.score }));
    return hits.length === 0 ? noExemplarVote : vote(hits, Math.log1p);
  }
}

/** The vote of `ranked` (most similar first), with the margin measured on `scale(score)`. */
function vote(ranked: { exemplar: Exemplar; score: number }[], scale: (score: number) => number): ExemplarVote {
  const nearest = ranked.slice(0, exemplarNeighbours);
  const answered = ranked.find((item) => item.exemplar.section !== undefined);
  const unanswered = ranked.find((item) => item.exemplar.section === undefined);
  return {
    answeredShare: nearest.filter((item) => item.exemplar.section !== undefined).length / nearest.length,
    margin: (answered ? scale(answered.score) : 0) - (unanswered ? scale(unanswered.score) : 0),
  };
}

/** `vector` scaled to unit length (the zero vector stays zero). */
function unit(vector: number[]): number[] {
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
  return norm === 0 ? vector.map(() => 0) : vector.map((value) => value / norm);
}
