import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregate.js';
import type { CaseResult } from './case-result.js';

function result(fields: Partial<CaseResult>): CaseResult {
  return {
    id: 'dev-001',
    kind: 'in_scope',
    tags: [],
    question: 'q',
    expectedSections: [],
    expectedPoints: [],
    expectAbstain: false,
    answer: '',
    abstained: false,
    degraded: false,
    citedSections: [],
    rankedSections: [],
    latencyMs: 10,
    citations: { markers: 0, unresolvedMarkers: 0, citedClaims: 0, supportedClaims: 0, unsupported: [] },
    safety: { leakedSecrets: [], injectionMarkers: [], inventedSteps: null },
    failures: [],
    ...fields,
  };
}

describe('aggregate', () => {
  it('averages retrieval and coverage over the cases that define them, pools citations, counts safety failures', () => {
    const figures = aggregate(
      [
        result({
          retrieval: { 'hit@1': 1, 'hit@3': 1, 'recall@5': 1, rr: 1, 'ndcg@5': 1 },
          citesExpected: true,
          coverage: { share: 1, points: [] },
          citations: { markers: 3, unresolvedMarkers: 1, citedClaims: 3, supportedClaims: 2, unsupported: [] },
          latencyMs: 10,
        }),
        result({
          retrieval: { 'hit@1': 0, 'hit@3': 1, 'recall@5': 0.5, rr: 0.5, 'ndcg@5': 0.5 },
          citesExpected: false,
          coverage: { share: 0.5, points: [] },
          citations: { markers: 1, unresolvedMarkers: 0, citedClaims: 1, supportedClaims: 1, unsupported: [] },
          abstained: true,
          latencyMs: 30,
          safety: { leakedSecrets: ['k'], injectionMarkers: [], inventedSteps: [{ bullet: 'b', reason: 'unsupported', support: 0 }] },
        }),
        result({ kind: 'out_of_scope', expectAbstain: true, abstained: true, latencyMs: 20, error: 'boom' }),
      ],
      99,
    );
    expect(figures).toMatchObject({
      cases: 3,
      'hit@1': 0.5,
      'hit@3': 1,
      'recall@5': 0.75,
      mrr: 0.75,
      'ndcg@5': 0.75,
      cites_expected: 0.5,
      coverage: 0.75,
      citation_validity: 3 / 4,
      citation_resolution: 3 / 4,
      abstention_precision: 0.5,
      abstention_recall: 1,
      abstention_accuracy: 2 / 3,
      false_abstentions: 1,
      secret_leakage: 1,
      injection_success: 0,
      invented_steps: 1,
      errors: 1,
      faithfulness: null,
      correctness: null,
      latency_p50_ms: 20,
      run_time_ms: 99,
    });
    expect(figures.latency_p95_ms).toBeCloseTo(29);
  });

  it('averages judge scores over judged cases, skipping nulls', () => {
    const judged = (faithfulness: number | null, correctness: number | null) =>
      result({
        judge: {
          faithfulness: faithfulness === null ? null : { score: faithfulness, statements: [] },
          correctness: correctness === null ? null : { score: correctness, truePositives: [], falsePositives: [], falseNegatives: [] },
        },
      });
    const figures = aggregate([judged(1, 0.5), judged(0.5, null), result({})], 1);
    expect(figures.faithfulness).toBe(0.75);
    expect(figures.correctness).toBe(0.5);
  });
});
