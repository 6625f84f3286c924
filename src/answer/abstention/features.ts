import type { AnswerabilityJudge } from '../answerability.js';
import { splitClauses } from '../clauses.js';
import { asksForQuantity, asksHowTo, reportsProblem } from '../problem-report.js';
import type { Selection } from '../select-sections.js';
import { noExemplarEvidence, type ExemplarEvidence } from '../exemplars/exemplar-index.js';

/**
 * What the abstention model sees of a message, in a fixed order (the order of
 * the fitted weights). All are plain numbers; flags are 0 or 1.
 */
export const featureNames = [
  'ruleAnswers',
  'chosenSections',
  'bestCoverage',
  'bestOwnCoverage',
  'bestCoveredWeight',
  'uncoveredWeight',
  'maxUncoveredWeight',
  'contentWords',
  'codeMismatch',
  'reportsProblem',
  'asksHowTo',
  'asksForQuantity',
  'hasQuestionMark',
  'clauses',
  'nonEnglish',
  'followUp',
  'topFusedScore',
  'topBm25Log',
  'topCosine',
  'messageContentWeight',
  'exemplarShare',
  'exemplarMargin',
  'exemplarWordShare',
  'exemplarWordMargin',
] as const;

/** One of {@link featureNames}. */
export type FeatureName = (typeof featureNames)[number];

/** A message's features, by name. */
export type MessageFeatures = Record<FeatureName, number>;

/** Input of {@link messageFeatures}: the message as the answerer saw it and the section choice made for it. */
export interface FeatureInput {
  /** The message after redaction, markup removal and typo correction. */
  message: string;
  /** The previous user turn, for follow-ups. */
  context?: string;
  selection: Selection;
  judge: AnswerabilityJudge;
  /** What the nearest labelled example messages say (default {@link noExemplarEvidence}: no exemplar bank). */
  exemplars?: ExemplarEvidence;
}

/**
 * Features of a message for the abstention model:
 * - the clause rules' own verdict (`ruleAnswers`, `chosenSections`);
 * - the best assessment's coverage, own coverage, covered weight, the total and largest weight of words no section covers,
 *   the number of content words and an error-code mismatch (see `AnswerabilityJudge.assess`);
 * - how the message is asked: a failure report, a how-to, a quantity, a question mark, clause count, not English, a follow-up;
 * - the top retrieved chunk's fused RRF score, ln(1 + BM25 score) and cosine similarity;
 * - the message's total content weight;
 * - the nearest exemplars' vote and margin, by embedding cosine and by BM25 (see `ExemplarIndex.evidence`).
 */
export function messageFeatures(input: FeatureInput): MessageFeatures {
  const { message, context, selection, judge, exemplars = noExemplarEvidence } = input;
  const clauses = splitClauses(message);
  const best = selection.best;
  const uncovered = best ? best.words.filter((word) => !word.covered).map((word) => word.weight) : [];
  const top = selection.retrieved[0];
  return {
    ruleAnswers: selection.chosen.length > 0 ? 1 : 0,
    chosenSections: selection.chosen.length,
    bestCoverage: best?.coverage ?? 0,
    bestOwnCoverage: best?.ownCoverage ?? 0,
    bestCoveredWeight: best?.coveredWeight ?? 0,
    uncoveredWeight: uncovered.reduce((sum, weight) => sum + weight, 0),
    maxUncoveredWeight: uncovered.reduce((max, weight) => Math.max(max, weight), 0),
    contentWords: best?.words.length ?? 0,
    codeMismatch: best?.codeMismatch ? 1 : 0,
    reportsProblem: reportsProblem(message) ? 1 : 0,
    asksHowTo: clauses.some(asksHowTo) ? 1 : 0,
    asksForQuantity: clauses.some(asksForQuantity) ? 1 : 0,
    hasQuestionMark: message.includes('?') ? 1 : 0,
    clauses: clauses.length,
    nonEnglish: selection.nonEnglish ? 1 : 0,
    followUp: context ? 1 : 0,
    topFusedScore: top?.score ?? 0,
    topBm25Log: Math.log1p(Math.max(0, top?.bm25 ?? 0)),
    topCosine: top?.cosine ?? 0,
    messageContentWeight: judge.contentWeight(message),
    exemplarShare: exemplars.embedding.answeredShare,
    exemplarMargin: exemplars.embedding.margin,
    exemplarWordShare: exemplars.words.answeredShare,
    exemplarWordMargin: exemplars.words.margin,
  };
}
