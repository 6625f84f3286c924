import type { ExemplarEvidence } from '../exemplars/exemplar-index.js';
import type { CandidateEvidence } from './candidate-evidence.js';
import { sectionOf } from '../../ingest/split-long.js';

/**
 * What the section reranker sees of one candidate chunk, in a fixed order (the
 * order of the fitted weights). Flags are 0 or 1.
 */
export const candidateFeatureNames = [
  'wholeReciprocalRank',
  'wholeFusedScore',
  'bm25Log',
  'cosine',
  'coverage',
  'coveredWeight',
  'ownCoverage',
  'clauseTops',
  'clausePosition',
  'lastClause',
  'clauseReportsProblem',
  'clauseAsks',
  'chosenFirst',
  'headingDepth',
  'headingOnly',
  'coverageByClauses',
  'exemplarCosine',
  'exemplarWords',
  'exemplarWordsFirst',
] as const;

/** One of {@link candidateFeatureNames}. */
export type CandidateFeatureName = (typeof candidateFeatureNames)[number];

/**
 * Features of one candidate, in {@link candidateFeatureNames} order:
 * - whole-message retrieval: 1 / (rank + 1) (0 when absent), its fused RRF score, ln(1 + best BM25 score), best cosine;
 * - its best clause assessment: coverage, covered weight, own coverage (0 when never assessed);
 * - how many clauses ranked it first; where its best clause sits (0 first … 1 last), whether that is the last clause,
 *   reports a failure, asks something;
 * - the clause rules chose it first; its heading depth; a heading-only section (no text);
 * - coverage × ln(clause count): coverage counts for more in a long message, where any one clause is a small part;
 * - how similar the message is to the exemplars its section answers (`ExemplarEvidence.sections`): best cosine, best
 *   ln(1 + BM25), and whether that BM25 match is the best of any section (0 without exemplars).
 *
 * @param clauseCount - clauses of the message (`Selection.clauseCount`), ≥ 1.
 * @param exemplars - what the exemplar bank says of the message (none: the exemplar features are 0).
 */
export function candidateFeatures(candidate: CandidateEvidence, clauseCount: number, exemplars?: ExemplarEvidence): number[] {
  const { item, wholeRank, best } = candidate;
  const match = exemplars?.sections.get(sectionOf(item.chunk.id));
  const bestWords = Math.max(0, ...[...(exemplars?.sections.values() ?? [])].map((section) => section.words));
  return [
    wholeRank === undefined ? 0 : 1 / (wholeRank + 1),
    wholeRank === undefined ? 0 : item.score,
    Math.log1p(Math.max(0, candidate.bm25)),
    candidate.cosine,
    best?.coverage ?? 0,
    best?.coveredWeight ?? 0,
    best?.ownCoverage ?? 0,
    candidate.clauseTops,
    best?.position ?? 0,
    best?.last ? 1 : 0,
    best?.reportsProblem ? 1 : 0,
    best?.asks ? 1 : 0,
    candidate.chosenFirst ? 1 : 0,
    item.chunk.headingPath.length,
    item.chunk.text.trim() === '' ? 1 : 0,
    (best?.coverage ?? 0) * Math.log(Math.max(1, clauseCount)),
    match?.cosine ?? 0,
    match?.words ?? 0,
    match && match.words > 0 && match.words >= bestWords ? 1 : 0,
  ];
}
