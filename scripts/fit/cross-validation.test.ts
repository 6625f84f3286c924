import { describe, expect, it } from 'vitest';
import { crossValidationFolds } from './cross-validation.js';

describe('crossValidationFolds', () => {
  it('holds every item out exactly once per shuffle, never in its own training set', () => {
    const folds = crossValidationFolds(12, { folds: 4, shuffles: 3, seed: 5 });
    expect(folds).toHaveLength(12);
    for (let shuffle = 0; shuffle < 3; shuffle += 1) {
      const held = folds.slice(shuffle * 4, shuffle * 4 + 4).flatMap((fold) => fold.held);
      expect([...held].sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
    }
    for (const fold of folds) {
      expect(fold.held).toHaveLength(3);
      expect(fold.train).toHaveLength(9);
      expect(fold.train.some((index) => fold.held.includes(index))).toBe(false);
    }
  });

  it('repeats its splits for one seed and changes them for another', () => {
    expect(crossValidationFolds(10, { seed: 1 })).toEqual(crossValidationFolds(10, { seed: 1 }));
    expect(crossValidationFolds(10, { seed: 1 })).not.toEqual(crossValidationFolds(10, { seed: 2 }));
  });

  it('refuses fewer items than folds', () => {
    expect(() => crossValidationFolds(3)).toThrow(/at least 5 items, got 3/);
  });
});
