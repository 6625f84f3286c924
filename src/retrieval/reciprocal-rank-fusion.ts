/** One ranked list to fuse, with its weight. */
export interface RankedList {
  ids: string[];
  weight: number;
}

/**
 * Weighted reciprocal rank fusion (Cormack, Clarke & Büttcher 2009,
 * "Reciprocal Rank Fusion outperforms Condorcet and individual rank learning
 * methods", SIGIR): score(d) = Σ_lists weight / (k + rank(d)), rank 1-based.
 *
 * @param k - the RRF constant (60 in the paper).
 * @returns ids with fused scores, best first; ties keep first-seen order.
 */
export function reciprocalRankFusion(lists: RankedList[], k: number): { id: string; score: number }[] {
  const scores = new Map<string, number>();
  for (const list of lists) {
    list.ids.forEach((id, position) => scores.set(id, (scores.get(id) ?? 0) + list.weight / (k + position + 1)));
  }
  return [...scores].map(([id, score]) => ({ id, score })).sort((left, right) => right.score - left.score);
}
