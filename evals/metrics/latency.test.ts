import { describe, expect, it } from 'vitest';
import { latencySummary, percentile } from './latency.js';

describe('percentile', () => {
  it('interpolates between closest ranks (Hyndman & Fan type 7)', () => {
    const values = [40, 10, 30, 20];
    // sorted 10 20 30 40; p50: h = 1.5 → 25; p95: h = 2.85 → 30 + 0.85·10 = 38.5
    expect(percentile(values, 50)).toBe(25);
    expect(percentile(values, 95)).toBeCloseTo(38.5);
    expect(percentile(values, 0)).toBe(10);
    expect(percentile(values, 100)).toBe(40);
  });
  it('handles one and no samples', () => {
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });
  it('rejects percentiles outside [0, 100]', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('latencySummary', () => {
  it('reports p50, p95 and the total', () => {
    // h = 4 · 0.95 = 3.8 → 4 + 0.8 · (100 − 4) = 80.8
    const summary = latencySummary([1, 2, 3, 4, 100]);
    expect(summary.p50).toBe(3);
    expect(summary.p95).toBeCloseTo(80.8);
    expect(summary.total).toBe(110);
  });
});
