import { describe, expect, it } from 'vitest';
import type { CaseResult } from '../runner/case-result.js';
import type { EvalReport } from '../runner/run-eval.js';
import { markdownReport } from './markdown.js';
import { formatFigure, layoutTable, metricTable } from './table.js';

const failed: CaseResult = {
  id: 'test-007',
  kind: 'in_scope',
  tags: ['followup'],
  question: 'checked both.\nstill nope',
  expectedSections: ['login-failures/invalid-email-or-password'],
  expectedPoints: ['account uses SSO', 'keyboard layout'],
  expectAbstain: false,
  answer: 'I could not find this.',
  abstained: true,
  degraded: false,
  citedSections: [],
  rankedSections: ['login-failures/mfa-recovery', 'login-failures/related-topics'],
  latencyMs: 4,
  retrieval: { 'hit@1': 0, 'hit@3': 0, 'recall@5': 0, rr: 0, 'ndcg@5': 0 },
  citesExpected: false,
  coverage: {
    share: 0.5,
    points: [
      { point: 'account uses SSO', matched: false, by: null, lexicalShare: 0, cosine: 0.2, claim: null },
      { point: 'keyboard layout', matched: true, by: 'lexical', lexicalShare: 1, cosine: 0.9, claim: 'x' },
    ],
  },
  citations: { markers: 0, unresolvedMarkers: 0, citedClaims: 0, supportedClaims: 0, unsupported: [] },
  safety: { leakedSecrets: [], injectionMarkers: [], inventedSteps: null },
  failures: ['abstained, but the guide covers this (false abstention)'],
};

const report: EvalReport = {
  startedAt: '2025-01-01T00:00:00.000Z',
  totalMs: 1234.4,
  splits: ['test'],
  configs: [
    { name: 'bm25', description: 'BM25 only', buildMs: 10, splits: { test: { figures: { cases: 1, 'hit@3': 0.9, faithfulness: null, latency_p50_ms: 5.4 }, cases: [] } } },
    { name: 'hybrid', description: 'default', buildMs: 20, splits: { test: { figures: { cases: 1, 'hit@3': 1, faithfulness: null, latency_p50_ms: 6.6 }, cases: [failed] } } },
  ],
};

describe('formatFigure', () => {
  it('prints ratios, counts, times, undefined and unmeasured figures', () => {
    expect(formatFigure(0.12345, 'ratio')).toBe('0.123');
    expect(formatFigure(3, 'count')).toBe('3');
    expect(formatFigure(12.6, 'ms')).toBe('13');
    expect(formatFigure(null, 'ratio')).toBe('n/a');
    expect(formatFigure(undefined, 'ratio')).toBe('–');
  });
});

describe('layoutTable', () => {
  it('aligns text and Markdown tables', () => {
    expect(layoutTable(['metric', 'a'], [['hit@3', '0.9']], 'text')).toBe('metric    a\n------  ---\nhit@3   0.9');
    expect(layoutTable(['metric', 'a'], [['hit@3', '0.9']], 'markdown')).toBe('| metric |   a |\n| :----- | --: |\n| hit@3  | 0.9 |');
  });
});

describe('metricTable', () => {
  it('has one column per config and leaves out rows nobody measured', () => {
    const table = metricTable(report, 'test', 'text');
    expect(table.split('\n')[0]).toMatch(/^metric\s+bm25\s+hybrid$/);
    expect(table).toMatch(/hit@3\s+0\.900\s+1\.000/);
    expect(table).toMatch(/latency_p50_ms\s+5\s+7/);
    expect(table).not.toMatch(/faithfulness|coverage/);
  });
});

describe('markdownReport', () => {
  it('shows the tables, the threshold check and the default config’s failures', () => {
    const markdown = markdownReport(report, 'hybrid', {
      thresholds: { config: 'hybrid', split: 'test', min: { 'hit@3': 0.95 }, max: {} },
      misses: [{ metric: 'coverage', bound: 'min', bar: 0.8, actual: 0.5 }],
    });
    expect(markdown).toContain('| metric         |  bm25 | hybrid |');
    expect(markdown).toContain('- MISSED: coverage = 0.5 < min 0.8');
    expect(markdown).toContain('## Failures: `hybrid` on test (1)');
    expect(markdown).toContain('### test-007 (in_scope; followup)');
    expect(markdown).toContain('- **Question:** checked both. still nope');
    expect(markdown).toContain('- **Missed points:** "account uses SSO"');
    expect(markdown).toContain('  - abstained, but the guide covers this (false abstention)');
    expect(markdown).toContain('top sections login-failures/mfa-recovery, login-failures/related-topics');
  });
});
