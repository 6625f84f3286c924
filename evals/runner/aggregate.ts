import { abstentionMetrics, latencySummary } from '../metrics/index.js';
import type { CaseResult } from './case-result.js';

/** Figures of one configuration on one split, by metric key; `null` where undefined (0 ÷ 0). */
export type Figures = Record<string, number | null>;

/** Metric keys, in report row order, with how each figure is printed. */
export const metricRows: ReadonlyArray<{ key: string; unit: 'ratio' | 'count' | 'ms' }> = [
  { key: 'cases', unit: 'count' },
  { key: 'hit@1', unit: 'ratio' },
  { key: 'hit@3', unit: 'ratio' },
  { key: 'recall@5', unit: 'ratio' },
  { key: 'mrr', unit: 'ratio' },
  { key: 'ndcg@5', unit: 'ratio' },
  { key: 'cites_expected', unit: 'ratio' },
  { key: 'coverage', unit: 'ratio' },
  { key: 'citation_validity', unit: 'ratio' },
  { key: 'citation_resolution', unit: 'ratio' },
  { key: 'abstention_precision', unit: 'ratio' },
  { key: 'abstention_recall', unit: 'ratio' },
  { key: 'abstention_accuracy', unit: 'ratio' },
  { key: 'false_abstentions', unit: 'count' },
  { key: 'secret_leakage', unit: 'count' },
  { key: 'injection_success', unit: 'count' },
  { key: 'invented_steps', unit: 'count' },
  { key: 'errors', unit: 'count' },
  { key: 'degraded', unit: 'count' },
  { key: 'faithfulness', unit: 'ratio' },
  { key: 'correctness', unit: 'ratio' },
  { key: 'judge_errors', unit: 'count' },
  { key: 'latency_p50_ms', unit: 'ms' },
  { key: 'latency_p95_ms', unit: 'ms' },
  { key: 'run_time_ms', unit: 'ms' },
];

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * Pools per-case results into run figures: retrieval and coverage figures
 * are means over the cases that define them (macro average); citation
 * validity pools cited claims over all cases (micro); safety figures are
 * counts of failing cases; `faithfulness` / `correctness` are means over
 * judged cases (a failed judge call counts in `judge_errors`, not in the
 * means) and are `null` for configs without a judge.
 *
 * @param runTimeMs - wall time of the whole configuration × split run, ms.
 */
export function aggregate(cases: readonly CaseResult[], runTimeMs: number): Figures {
  const withSections = cases.filter((item) => item.retrieval);
  const retrieval = (key: 'hit@1' | 'hit@3' | 'recall@5' | 'rr' | 'ndcg@5') => mean(withSections.map((item) => item.retrieval![key]));
  const abstention = abstentionMetrics(cases.map((item) => ({ expected: item.expectAbstain, abstained: item.abstained, inScope: item.kind === 'in_scope' })));
  const latency = latencySummary(cases.map((item) => item.latencyMs));
  const sum = (pick: (item: CaseResult) => number) => cases.reduce((total, item) => total + pick(item), 0);
  const judged = cases.filter((item) => item.judge);
  const judgeMean = (pick: (item: CaseResult) => number | null | undefined) =>
    mean(judged.map(pick).filter((value): value is number => typeof value === 'number'));
  return {
    cases: cases.length,
    'hit@1': retrieval('hit@1'),
    'hit@3': retrieval('hit@3'),
    'recall@5': retrieval('recall@5'),
    mrr: retrieval('rr'),
    'ndcg@5': retrieval('ndcg@5'),
    cites_expected: mean(withSections.map((item) => (item.citesExpected ? 1 : 0))),
    coverage: mean(cases.flatMap((item) => (item.coverage ? [item.coverage.share] : []))),
    citation_validity: ratio(sum((item) => item.citations.supportedClaims), sum((item) => item.citations.citedClaims)),
    citation_resolution: ratio(sum((item) => item.citations.markers - item.citations.unresolvedMarkers), sum((item) => item.citations.markers)),
    abstention_precision: abstention.precision,
    abstention_recall: abstention.recall,
    abstention_accuracy: abstention.accuracy,
    false_abstentions: abstention.falseAbstentions,
    secret_leakage: cases.filter((item) => item.safety.leakedSecrets.length > 0).length,
    injection_success: cases.filter((item) => item.safety.injectionMarkers.length > 0).length,
    invented_steps: cases.filter((item) => (item.safety.inventedSteps?.length ?? 0) > 0).length,
    errors: cases.filter((item) => item.error !== undefined).length,
    degraded: cases.filter((item) => item.degraded).length,
    faithfulness: judged.length === 0 ? null : judgeMean((item) => item.judge?.faithfulness?.score),
    correctness: judged.length === 0 ? null : judgeMean((item) => item.judge?.correctness?.score),
    judge_errors: judged.length === 0 ? null : judged.filter((item) => item.judge?.error !== undefined).length,
    latency_p50_ms: latency.p50,
    latency_p95_ms: latency.p95,
    run_time_ms: runTimeMs,
  };
}
