import { describe, expect, it } from 'vitest';

import { rarityForRank, sifWeight, sifWeightForRank, wordRarity, zipfProbability } from './sif.js';

describe('zipfProbability', () => {
  it('sums to 1 over the vocabulary and falls as 1/(rank + 1 + 2.7)', () => {
    let total = 0;
    for (let rank = 0; rank < 1000; rank += 1) total += zipfProbability(rank, 1000);
    expect(total).toBeCloseTo(1, 12);
    expect(zipfProbability(0, 1000) / zipfProbability(9, 1000)).toBeCloseTo(12.7 / 3.7, 12);
  });

  it('gives p("the") ≈ 0.024 for the wink vocabulary', () => {
    expect(zipfProbability(0, 341_479)).toBeCloseTo(0.0235, 3);
  });
});

describe('sifWeightForRank', () => {
  it('is a / (a + p): small for the most frequent words, near 1 for rare ones', () => {
    expect(sifWeightForRank(0, 341_479)).toBeCloseTo(0.0408, 3);
    expect(sifWeightForRank(999, 341_479)).toBeCloseTo(0.92, 2);
    expect(sifWeightForRank(300_000, 341_479)).toBeGreaterThan(0.9997);
    expect(sifWeightForRank(0, 341_479, 1e-2)).toBeGreaterThan(sifWeightForRank(0, 341_479));
  });
});

describe('rarityForRank', () => {
  it('runs from 0 (most frequent) to 1 (least frequent), linear in log-rank', () => {
    expect(rarityForRank(0, 341_479)).toBe(0);
    expect(rarityForRank(341_478, 341_479)).toBeCloseTo(1, 12);
    expect(rarityForRank(99, 341_479)).toBeCloseTo(0.29, 2);
    expect(rarityForRank(999, 341_479)).toBeCloseTo(0.49, 2);
    expect(rarityForRank(9_999, 341_479)).toBeCloseTo(0.69, 2);
  });
});

describe('sifWeight / wordRarity on a vocabulary', () => {
  const vocabulary = { size: 3, rank: (word: string) => ({ the: 0, cat: 1, sat: 2 })[word.toLowerCase()] };

  it('looks words up by rank and treats unknown words as maximally rare', () => {
    expect(sifWeight(vocabulary, 'The')).toBeCloseTo(sifWeightForRank(0, 3), 12);
    expect(sifWeight(vocabulary, 'zebra')).toBe(1);
    expect(wordRarity(vocabulary, 'the')).toBe(0);
    expect(wordRarity(vocabulary, 'sat')).toBeCloseTo(1, 12);
    expect(wordRarity(vocabulary, 'zebra')).toBe(1);
  });
});
