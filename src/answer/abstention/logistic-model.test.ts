import { describe, expect, it } from 'vitest';
import { featureNames, type MessageFeatures } from './features.js';
import { fitLogistic, LogisticModel, type LogisticModelParameters } from './logistic-model.js';

const trainedOn = { split: 'dev', cases: 4, l2: 1, crossValidatedAccuracy: 0.9, ruleAccuracy: 0.8, fittedAt: '2026-11-29T00:00:00.000Z' };

/** Every feature 0 except those given. */
function features(values: Partial<MessageFeatures>): MessageFeatures {
  return { ...(Object.fromEntries(featureNames.map((name) => [name, 0])) as MessageFeatures), ...values };
}

const coverageOnly: LogisticModelParameters = { features: ['bestCoverage'], mean: [0.5], scale: [0.25], weights: [2], bias: 0, threshold: 0.5, rescueThreshold: 0.9, trainedOn };

describe('LogisticModel', () => {
  it('computes σ(b + Σ w·(x − μ)/s)', () => {
    const model = new LogisticModel(coverageOnly);
    expect(model.probability(features({ bestCoverage: 1 }))).toBeCloseTo(1 / (1 + Math.exp(-4)), 12);
    expect(model.probability(features({ bestCoverage: 0.5 }))).toBeCloseTo(0.5, 12);
    expect(model.probability(features({ bestCoverage: 0 }))).toBeCloseTo(1 / (1 + Math.exp(4)), 12);
  });

  it('vetoes below `threshold` when the rules answer, and rescues only from `rescueThreshold` when they do not', () => {
    const model = new LogisticModel(coverageOnly);
    // coverage 0.75 → σ(2) ≈ 0.881: enough to keep the rules' answer, not enough to overturn their abstention.
    expect(model.answers(features({ bestCoverage: 0.75, ruleAnswers: 1 }))).toBe(true);
    expect(model.answers(features({ bestCoverage: 0.75, ruleAnswers: 0 }))).toBe(false);
    // coverage 1 → σ(4) ≈ 0.982 rescues; coverage 0.25 → σ(−2) ≈ 0.119 vetoes.
    expect(model.answers(features({ bestCoverage: 1, ruleAnswers: 0 }))).toBe(true);
    expect(model.answers(features({ bestCoverage: 0.25, ruleAnswers: 1 }))).toBe(false);
  });

  it('rejects parameters whose arrays do not match the feature list, or an unknown feature', () => {
    expect(() => new LogisticModel({ ...coverageOnly, weights: [1, 2] })).toThrow(/one per feature/);
    expect(() => new LogisticModel({ ...coverageOnly, features: ['shoeSize' as never] })).toThrow();
  });
});

describe('fitLogistic', () => {
  it('separates separable data and standardises each column', () => {
    const rows = [[0.1, 5], [0.2, 5], [0.8, 5], [0.9, 5]];
    const labels = [0, 0, 1, 1];
    const fitted = fitLogistic(rows, labels, { l2: 0.1, iterations: 2_000 });
    expect(fitted.mean).toEqual([0.5, 5]);
    expect(fitted.scale[0]).toBeCloseTo(Math.sqrt((0.16 + 0.09 + 0.09 + 0.16) / 4), 6);
    expect(fitted.weights[0]).toBeGreaterThan(1);
    expect(Math.abs(fitted.weights[1]!)).toBeLessThan(1e-6);
    const model = new LogisticModel({ ...fitted, features: ['bestCoverage', 'clauses'], threshold: 0.5, rescueThreshold: 0.5, trainedOn });
    expect(rows.map((row) => model.answers(features({ bestCoverage: row[0], clauses: row[1] })))).toEqual([false, false, true, true]);
  });

  it('throws when labels and rows differ in number', () => {
    expect(() => fitLogistic([[1]], [1, 0])).toThrow(/as many labels as rows/);
    expect(() => fitLogistic([], [])).toThrow(/as many labels as rows/);
  });
});
