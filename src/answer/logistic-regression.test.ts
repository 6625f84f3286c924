import { describe, expect, it } from 'vitest';
import { fitLogistic, logisticProbability } from './logistic-regression.js';

describe('logisticProbability', () => {
  it('computes σ(b + Σ w·(x − μ)/s)', () => {
    const model = { mean: [0.5, 10], scale: [0.25, 5], weights: [2, -1], bias: 0.5 };
    expect(logisticProbability(model, [1, 15])).toBeCloseTo(1 / (1 + Math.exp(-(0.5 + 4 - 1))), 12);
    expect(logisticProbability(model, [0.5, 10])).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 12);
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
    expect(rows.map((row) => logisticProbability(fitted, row) >= 0.5)).toEqual([false, false, true, true]);
  });

  it('throws when labels and rows differ in number', () => {
    expect(() => fitLogistic([[1]], [1, 0])).toThrow(/as many labels as rows/);
    expect(() => fitLogistic([], [])).toThrow(/as many labels as rows/);
  });
});
