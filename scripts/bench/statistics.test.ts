import { describe, expect, it } from 'vitest';
import { median, medianOfRuns, percentiles, quantile } from './statistics.js';

describe('statistics', () => {
  it('takes nearest-rank quantiles', () => {
    const values = Array.from({ length: 100 }, (_, index) => 100 - index); // 100 … 1
    expect(percentiles(values)).toEqual({ p50: 50, p95: 95, p99: 99 });
    expect(quantile([7], 0.99)).toBe(7);
    expect(median([3, 1, 2])).toBe(2);
    expect(() => median([])).toThrow(/empty/);
  });

  it('takes the median of each figure over runs, through nested records', () => {
    const runs = [
      { ms: 10, nested: { p50: 1, label: 'a' } },
      { ms: 30, nested: { p50: 3, label: 'b' } },
      { ms: 20, nested: { p50: 9, label: 'c' } },
    ];
    expect(medianOfRuns(runs)).toEqual({ ms: 20, nested: { p50: 3, label: 'c' } });
  });
});
