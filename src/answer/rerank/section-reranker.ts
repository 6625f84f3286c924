import { z } from 'zod';
import type { ScoredChunk } from '../../retrieval/types.js';
import { assertOneWeightPerFeature, linearWeightsShape, logisticProbability } from '../logistic-regression.js';
import type { CandidateEvidence } from './candidate-evidence.js';
import { candidateFeatureNames, candidateFeatures } from './features.js';
import type { ExemplarEvidence } from '../exemplars/exemplar-index.js';

/**
 * Parameters of a fitted {@link SectionReranker}, as stored in
 * `section-reranker.json`: standardisation, weights in
 * {@link candidateFeatureNames} order and bias of a pointwise logistic
 * regression P(candidate is an expected section | message); `keepProbability`,
 * below which a section the clause rules chose is left out of the answer
 * (unless it is their only one); `promoteMostProbable`, whether the most
 * probable candidate leads the answer when the rules did not choose it and it
 * is more probable than all they chose; and where the fit came from.
 */
export const sectionRerankerSchema = z.strictObject({
  features: z.array(z.enum(candidateFeatureNames)),
  ...linearWeightsShape,
  keepProbability: z.number().min(0).max(1),
  promoteMostProbable: z.boolean(),
  trainedOn: z.strictObject({
    split: z.string(),
    cases: z.number().int().positive(),
    candidates: z.number().int().positive(),
    l2: z.number().nonnegative(),
    crossValidatedHitAt1: z.number(),
    ruleOrderHitAt1: z.number(),
    fittedAt: z.string(),
  }),
});

/** See {@link sectionRerankerSchema}. */
export type SectionRerankerParameters = z.infer<typeof sectionRerankerSchema>;

/** A candidate with the reranker's probability that it answers the message. */
export interface RankedCandidate {
  item: ScoredChunk;
  /** In [0, 1]. */
  probability: number;
}

/**
 * Pointwise learning-to-rank over the chunks the section choice saw
 * (`Selection.candidates`): a logistic regression scores each candidate from
 * {@link candidateFeatures}, and candidates are ordered by that probability
 * (Liu, "Learning to Rank for Information Retrieval", 2009, §2: the pointwise
 * approach). Fitted on the eval dev split by `npm run fit:reranker`.
 */
export class SectionReranker {
  private readonly columns: number[];

  /** @throws Error when the parameters do not match the schema or their arrays differ in length from `features`. */
  constructor(readonly parameters: SectionRerankerParameters) {
    sectionRerankerSchema.parse(parameters);
    assertOneWeightPerFeature(parameters, 'section reranker');
    this.columns = parameters.features.map((name) => candidateFeatureNames.indexOf(name));
  }

  /** Probability in [0, 1] that `candidate` is a section the message should be answered from (`exemplars`: see `candidateFeatures`). */
  probability(candidate: CandidateEvidence, clauseCount: number, exemplars?: ExemplarEvidence): number {
    const all = candidateFeatures(candidate, clauseCount, exemplars);
    return logisticProbability(this.parameters, this.columns.map((column) => all[column]!));
  }

  /** Every candidate, most probable first (ties keep first-seen order). */
  rank(candidates: readonly CandidateEvidence[], clauseCount: number, exemplars?: ExemplarEvidence): RankedCandidate[] {
    return candidates
      .map((candidate, order) => ({ item: candidate.item, probability: this.probability(candidate, clauseCount, exemplars), order }))
      .sort((left, right) => right.probability - left.probability || left.order - right.order)
      .map(({ item, probability }) => ({ item, probability }));
  }

  /**
   * The sections to answer from, most probable first: `chosen` (the clause rules' or the abstention model's choice)
   * without those below `keepProbability` (see {@link keepMostProbable}), led by the most probable candidate of
   * `ranked` when `promoteMostProbable` is set and it beats every chosen section (see {@link withMostProbableFirst}).
   */
  order(chosen: readonly ScoredChunk[], ranked: readonly RankedCandidate[]): ScoredChunk[] {
    const probability = new Map(ranked.map((candidate) => [candidate.item.chunk.id, candidate.probability]));
    const probabilityOf = (item: ScoredChunk) => probability.get(item.chunk.id);
    const kept = keepMostProbable(chosen, probabilityOf, this.parameters.keepProbability);
    if (!this.parameters.promoteMostProbable) return kept;
    return withMostProbableFirst(kept, chosen, probabilityOf, ranked[0], (left, right) => left.chunk.id === right.chunk.id);
  }
}

/**
 * `items` most probable first (ties keep their order), without those below `keepProbability`, except that the most
 * probable one always stays. Items `probabilityOf` does not know (undefined) are kept, after the known ones.
 * Shared by {@link SectionReranker.order} and the fit script that chooses `keepProbability`.
 */
export function keepMostProbable<T>(items: readonly T[], probabilityOf: (item: T) => number | undefined, keepProbability: number): T[] {
  return items
    .map((item, order) => ({ item, probability: probabilityOf(item), order }))
    .sort((left, right) => (right.probability ?? -1) - (left.probability ?? -1) || left.order - right.order)
    .filter((entry, position) => position === 0 || entry.probability === undefined || entry.probability >= keepProbability)
    .map((entry) => entry.item);
}

/**
 * `kept` led by `top` (the reranker's most probable candidate) when `top` is not one of `chosen` and is more probable
 * than every one of them: the rules matched the message's words to another section, while the reranker, which also
 * weighs the whole message and the exemplars, prefers this one. The chosen sections stay after it, so a message with
 * two problems keeps both. Shared by {@link SectionReranker.order} and the fit script that decides `promoteMostProbable`.
 */
export function withMostProbableFirst<T>(
  kept: readonly T[],
  chosen: readonly T[],
  probabilityOf: (item: T) => number | undefined,
  top: { item: T; probability: number } | undefined,
  same: (left: T, right: T) => boolean,
): T[] {
  if (!top || chosen.some((item) => same(item, top.item))) return [...kept];
  const bestChosen = Math.max(-1, ...chosen.map((item) => probabilityOf(item) ?? -1));
  return top.probability > bestChosen ? [top.item, ...kept] : [...kept];
}
