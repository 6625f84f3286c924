import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import MiniSearch, { type Options } from 'minisearch';
import { bm25Terms } from '../../retrieval/bm25/bm25-index.js';
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

/** How similar a message is to the exemplars one section answers. */
export interface SectionMatch {
  /** Highest cosine with them, at least 0 (negative cosines carry no evidence). */
  cosine: number;
  /** Highest ln(1 + BM25 score) with them (0 when none shares a word). */
  words: number;
}

/** What the nearest exemplars say about a message (see {@link ExemplarIndex.evidence}). */
export interface ExemplarEvidence {
  /** By cosine of sentence embeddings: paraphrases in other words. */
  embedding: ExemplarVote;
  /** By BM25 over the exemplars' words: names the embeddings do not know (vendors, error codes). */
  words: ExemplarVote;
  /** Section id → the message's best match with the exemplars that section answers; sections with no match are absent. */
  sections: ReadonlyMap<string, SectionMatch>;
}

/** A vote with nothing to go on: even, no margin. */
export const noExemplarVote: ExemplarVote = { answeredShare: 0.5, margin: 0 };

/** Evidence when there is no exemplar bank. */
export const noExemplarEvidence: ExemplarEvidence = { embedding: noExemplarVote, words: noExemplarVote, sections: new Map() };

interface ExemplarDocument {
  id: number;
  question: string;
}

/** The chunk BM25 index's term processing (`bm25Terms`), over the exemplars' text. */
const searchOptions: Options<ExemplarDocument> = {
  fields: ['question'],
  storeFields: [],
  ...bm25Terms,
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
    /** The distinct answering sections, and per exemplar the index of its section there (−1: unanswered). */
    private readonly sectionIds: string[],
    private readonly sectionOfRow: Int32Array,
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
    const sectionIds = [...new Set(bank.exemplars.flatMap((exemplar) => (exemplar.section ? [exemplar.section] : [])))];
    const sectionOfRow = Int32Array.from(bank.exemplars, (exemplar) => (exemplar.section ? sectionIds.indexOf(exemplar.section) : -1));
    return new ExemplarIndex(bank.exemplars, vectors, dimensions, search, sectionIds, sectionOfRow);
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
    const byWords = this.search.search(message, { combineWith: 'OR' }).map((hit) => ({ exemplar: this.exemplars[hit.id as number]!, score: hit.score }));
    const cosines = this.cosines(vector);
    const sections = new Map<string, SectionMatch>();
    const match = (section: string) => sections.get(section) ?? sections.set(section, { cosine: 0, words: 0 }).get(section)!;
    if (cosines) {
      const best = new Float64Array(this.sectionIds.length);
      for (let row = 0; row < cosines.length; row++) {
        const section = this.sectionOfRow[row]!;
        if (section >= 0 && cosines[row]! > best[section]!) best[section] = cosines[row]!;
      }
      this.sectionIds.forEach((section, position) => (match(section).cosine = best[position]!));
    }
    for (const { exemplar, score } of byWords) if (exemplar.section) match(exemplar.section).words = Math.max(match(exemplar.section).words, Math.log1p(score));
    return {
      embedding: cosines ? this.cosineVote(cosines) : noExemplarVote,
      words: byWords.length === 0 ? noExemplarVote : vote(byWords, Math.log1p),
      sections,
    };
  }

  /** Cosine of `vector` with every exemplar, in bank order; undefined for a zero vector (no known word). */
  private cosines(vector: number[]): Float64Array | undefined {
    const query = Float64Array.from(unit(vector));
    if (query.every((value) => value === 0)) return undefined;
    const { vectors, dimensions } = this;
    const cosines = new Float64Array(this.exemplars.length);
    for (let row = 0, offset = 0; row < cosines.length; row++, offset += dimensions) {
      let cosine = 0;
      for (let column = 0; column < dimensions; column++) cosine += query[column]! * vectors[offset + column]!;
      cosines[row] = cosine;
    }
    return cosines;
  }

  /** {@link vote} over the exemplars by cosine, without sorting the whole bank: the nearest few and the best of each label. */
  private cosineVote(cosines: Float64Array): ExemplarVote {
    const nearest: number[] = [];
    let answered = -1;
    let unanswered = -1;
    for (let row = 0; row < cosines.length; row++) {
      const cosine = cosines[row]!;
      if (this.sectionOfRow[row]! >= 0) {
        if (answered < 0 || cosine > cosines[answered]!) answered = row;
      } else if (unanswered < 0 || cosine > cosines[unanswered]!) unanswered = row;
      // Insertion into the (short) list of nearest rows; equal cosines keep bank order, as a stable sort would.
      if (nearest.length < exemplarNeighbours || cosine > cosines[nearest.at(-1)!]!) {
        let at = nearest.length;
        while (at > 0 && cosine > cosines[nearest[at - 1]!]!) at -= 1;
        nearest.splice(at, 0, row);
        if (nearest.length > exemplarNeighbours) nearest.pop();
      }
    }
    return {
      answeredShare: nearest.filter((row) => this.sectionOfRow[row]! >= 0).length / nearest.length,
      margin: (answered >= 0 ? cosines[answered]! : 0) - (unanswered >= 0 ? cosines[unanswered]! : 0),
    };
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
