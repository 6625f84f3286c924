import { sectionOf } from '../../src/ingest/split-long.js';

/**
 * Retrieval metrics over one ranked list of section ids, against the
 * case's `expected_sections` (binary relevance: a section is relevant when
 * it is expected). Ranks are 1-based. A long section split into parts
 * (`id~2`, `id~3`) counts as its section, and only its first-ranked part
 * counts (see {@link sectionRanking}).
 */

/**
 * Collapses chunk ids to section ids (drops the `~n` part suffix) and keeps
 * each section's first occurrence, so a section split in three cannot fill
 * three ranks.
 *
 * @param chunkIds - retrieved chunk ids, best first.
 * @returns section ids, best first, without repeats.
 */
export function sectionRanking(chunkIds: readonly string[]): string[] {
  return [...new Set(chunkIds.map(sectionOf))];
}

export { sectionOf };

/**
 * Hit@k (success@k): 1 when any expected section is among the first `k`
 * ranked ids, else 0. Averaged over cases it is the share of questions
 * whose answer material was retrieved in the top k (Manning, Raghavan &
 * Schütze 2008, "Introduction to Information Retrieval", ch. 8).
 *
 * @returns 0 or 1; 0 when `expected` is empty.
 */
export function hitAtK(ranked: readonly string[], expected: readonly string[], k: number): number {
  const relevant = new Set(expected);
  return ranked.slice(0, k).some((id) => relevant.has(id)) ? 1 : 0;
}

/**
 * Recall@k: share of the expected sections found among the first `k`
 * ranked ids, |expected ∩ top k| ÷ |expected| (Manning et al. 2008, §8.3).
 *
 * @returns a value in [0, 1]; 0 when `expected` is empty.
 */
export function recallAtK(ranked: readonly string[], expected: readonly string[], k: number): number {
  const relevant = new Set(expected);
  if (relevant.size === 0) return 0;
  const found = new Set(ranked.slice(0, k).filter((id) => relevant.has(id)));
  return found.size / relevant.size;
}

/**
 * Reciprocal rank: 1 ÷ the rank of the first expected section in the whole
 * ranked list, 0 when none is retrieved. Its mean over cases is MRR
 * (Voorhees 1999, "The TREC-8 Question Answering Track Report").
 *
 * @returns a value in [0, 1].
 */
export function reciprocalRank(ranked: readonly string[], expected: readonly string[]): number {
  const relevant = new Set(expected);
  const index = ranked.findIndex((id) => relevant.has(id));
  return index === -1 ? 0 : 1 / (index + 1);
}

/**
 * nDCG@k with binary relevance (Järvelin & Kekäläinen 2002, "Cumulated
 * gain-based evaluation of IR techniques", ACM TOIS 20(4)):
 * DCG@k = Σ_{i=1..k} rel_i ÷ log2(i + 1), divided by the DCG of an ideal
 * ranking that puts min(|expected|, k) relevant sections first.
 *
 * @returns a value in [0, 1]; 0 when `expected` is empty.
 */
export function ndcgAtK(ranked: readonly string[], expected: readonly string[], k: number): number {
  const relevant = new Set(expected);
  const gain = (rank: number): number => 1 / Math.log2(rank + 1);
  let dcg = 0;
  ranked.slice(0, k).forEach((id, index) => {
    if (relevant.has(id)) dcg += gain(index + 1);
  });
  let ideal = 0;
  for (let rank = 1; rank <= Math.min(relevant.size, k); rank += 1) ideal += gain(rank);
  return ideal === 0 ? 0 : dcg / ideal;
}
