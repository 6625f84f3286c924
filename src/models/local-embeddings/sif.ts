import type { WordVectors } from './word-vectors.js';

/**
 * Word weights for SIF sentence embeddings (Arora, Liang & Ma 2017, "A Simple
 * but Tough-to-Beat Baseline for Sentence Embeddings", ICLR, Algorithm 1):
 * `weight(w) = a / (a + p(w))`, so frequent words count little and rare words
 * count almost fully.
 *
 * wink's vectors ship without corpus counts, only a frequency order, so
 * `p(w)` is estimated from the rank with the Zipf–Mandelbrot law
 * (Mandelbrot 1953): `p(r) = (r + β)^-1 / H`, `r` the 1-based rank
 * (`rank(w) + 1`), `β = 2.7` (Piantadosi 2014, "Zipf's word frequency law in
 * natural language", fits β ≈ 2.7 to English; exponent α taken as 1) and
 * `H = Σ_{r=1..N} (r + β)^-1` over the N-word vocabulary, so the estimates sum
 * to 1. For wink (N = 341,479, H ≈ 11.5) this gives p("the") ≈ 0.024,
 * p(rank 1,000) ≈ 8.7e-5 and weights 0.04, 0.92 at a = 1e-3.
 */

/** SIF smoothing `a`; Arora et al. report good results for 1e-4 … 1e-3. */
export const SIF_SMOOTHING = 1e-3;
/** Zipf–Mandelbrot shift β. */
export const ZIPF_SHIFT = 2.7;

const normalisers = new Map<number, number>();

function zipfNormaliser(vocabularySize: number): number {
  let total = normalisers.get(vocabularySize);
  if (total === undefined) {
    total = 0;
    for (let rank = 1; rank <= vocabularySize; rank += 1) total += 1 / (rank + ZIPF_SHIFT);
    normalisers.set(vocabularySize, total);
  }
  return total;
}

/** Estimated unigram probability of the word at 0-based `rank` in a vocabulary of `vocabularySize` words. */
export function zipfProbability(rank: number, vocabularySize: number): number {
  return 1 / ((rank + 1 + ZIPF_SHIFT) * zipfNormaliser(vocabularySize));
}

/** SIF weight `a / (a + p)` in (0, 1) of the word at 0-based `rank`; see the module comment. */
export function sifWeightForRank(rank: number, vocabularySize: number, smoothing = SIF_SMOOTHING): number {
  return smoothing / (smoothing + zipfProbability(rank, vocabularySize));
}

/**
 * Rarity in [0, 1] of the word at 0-based `rank`: its information content
 * `-ln p(r)` under the Zipf estimate, rescaled so the most frequent word is 0
 * and the least frequent is 1, i.e. `(ln(r + β) − ln(1 + β)) / (ln(N + β) − ln(1 + β))`.
 * Roughly linear in log-rank; for wink the 100th word scores 0.29, the
 * 1,000th 0.49, the 10,000th 0.69.
 */
export function rarityForRank(rank: number, vocabularySize: number): number {
  const lowest = Math.log(1 + ZIPF_SHIFT);
  const highest = Math.log(vocabularySize + ZIPF_SHIFT);
  if (highest === lowest) return 0;
  return (Math.log(rank + 1 + ZIPF_SHIFT) - lowest) / (highest - lowest);
}

/** The parts of {@link WordVectors} the weights need. */
export type RankedVocabulary = Pick<WordVectors, 'rank' | 'size'>;

/**
 * SIF weight of `word` (case-insensitive) in (0, 1]; an out-of-vocabulary word
 * gets 1 (treated as p(w) = 0), though embeddings skip such words.
 */
export function sifWeight(vocabulary: RankedVocabulary, word: string, smoothing = SIF_SMOOTHING): number {
  const rank = vocabulary.rank(word);
  return rank === undefined ? 1 : sifWeightForRank(rank, vocabulary.size, smoothing);
}

/**
 * Rarity of `word` (case-insensitive) in [0, 1] (see {@link rarityForRank});
 * 1 for an out-of-vocabulary word. Meant for abstention checks such as
 * "does the question hinge on a rare word the guide never uses?".
 */
export function wordRarity(vocabulary: RankedVocabulary, word: string): number {
  const rank = vocabulary.rank(word);
  return rank === undefined ? 1 : rarityForRank(rank, vocabulary.size);
}
