import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';

import { commonComponent, removeComponent } from './common-component.js';
import { SIF_SMOOTHING, sifWeight, sifWeightForRank, wordRarity } from './sif.js';
import { knownWords } from './tokenize.js';
import { loadWordVectors, type WordVectors } from './word-vectors.js';

/** Options of {@link LocalEmbeddings}; give `cacheDir` or already-loaded `wordVectors`. */
export interface LocalEmbeddingsOptions extends EmbeddingsParams {
  /** Directory holding `wink-glove-100d.v1.bin`. */
  cacheDir?: string;
  /** Vectors to use instead of loading from `cacheDir` (tests). */
  wordVectors?: WordVectors;
  /** SIF smoothing `a` (default {@link SIF_SMOOTHING}). */
  smoothing?: number;
  /** Remove the common component (default `true`; see `common-component.ts`). */
  removeCommonComponent?: boolean;
}

/**
 * Offline sentence embeddings: SIF-weighted average of wink GloVe 100-d word
 * vectors (Arora, Liang & Ma 2017; weights in `sif.ts`), with a common
 * component removed (`common-component.ts`), L2-normalised.
 *
 * Text → `tokenize` (lowercase; see `tokenize.ts`) → known words (OOV words
 * are skipped) → `Σ weight(w) · v(w)` → minus its projection on the common
 * direction → unit length. A text with no known word (empty, bare numbers,
 * unknown jargon) yields the all-zero vector: its dot product with anything
 * is 0 and a cosine that divides by its norm gives NaN, so callers should
 * treat it as "no match". Deterministic; pure CPU.
 *
 * @throws {AppError} `index_missing` from the constructor when the cache is
 *   missing or corrupt (see {@link loadWordVectors}).
 */
export class LocalEmbeddings extends Embeddings {
  /** Identifies these vectors in index manifests. */
  readonly modelName = 'wink-glove-100d-sif';
  /** Vector length: 100 for the wink cache. */
  readonly dimensions: number;
  private readonly vectors: WordVectors;
  private readonly smoothing: number;
  private readonly wordBuffer: Float32Array;
  private readonly common: Float64Array | undefined;

  constructor(options: LocalEmbeddingsOptions) {
    const { cacheDir, wordVectors, smoothing, removeCommonComponent, ...params } = options;
    super(params);
    this.vectors = wordVectors ?? loadWordVectors(cacheDir ?? '.cache');
    this.dimensions = this.vectors.dimensions;
    this.smoothing = smoothing ?? SIF_SMOOTHING;
    this.wordBuffer = new Float32Array(this.dimensions);
    this.common = removeCommonComponent === false ? undefined : commonComponent(this.vectors);
  }

  /** One unit-length (or zero) vector of {@link dimensions} numbers per text, in order. */
  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((text) => this.embed(text));
  }

  /** The vector of one text; see the class comment. */
  async embedQuery(text: string): Promise<number[]> {
    return this.embed(text);
  }

  /** SIF weight of `word` in (0, 1]; 1 when out of vocabulary. See `sif.ts`. */
  sifWeight(word: string): number {
    return sifWeight(this.vectors, word, this.smoothing);
  }

  /** Rarity of `word` in [0, 1] (0 = "the", 1 = rarest or unknown). See `sif.ts`. */
  wordRarity(word: string): number {
    return wordRarity(this.vectors, word);
  }

  private embed(text: string): number[] {
    const sum = new Float64Array(this.dimensions);
    const isKnown = (word: string): boolean => this.vectors.rank(word) !== undefined;
    for (const word of knownWords(text, isKnown)) {
      const rank = this.vectors.rank(word)!;
      this.vectors.vectorAt(rank, this.wordBuffer);
      const weight = sifWeightForRank(rank, this.vectors.size, this.smoothing);
      for (let index = 0; index < this.dimensions; index += 1) sum[index]! += weight * this.wordBuffer[index]!;
    }
    if (this.common) removeComponent(sum, this.common);
    let squares = 0;
    for (const value of sum) squares += value * value;
    const norm = Math.sqrt(squares);
    return Array.from(sum, (value) => (norm === 0 ? 0 : value / norm));
  }
}
