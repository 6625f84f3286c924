import { describe, expect, it } from 'vitest';
import { hitAtK, ndcgAtK, recallAtK, reciprocalRank, sectionRanking } from './retrieval.js';

const ranked = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('sectionRanking', () => {
  it('drops part suffixes and keeps the first occurrence of each section', () => {
    expect(sectionRanking(['x~2', 'y', 'x', 'x~3', 'z'])).toEqual(['x', 'y', 'z']);
  });
});

describe('hitAtK', () => {
  it('is 1 when any expected id is in the top k', () => {
    expect(hitAtK(ranked, ['c', 'z'], 3)).toBe(1);
    expect(hitAtK(ranked, ['c'], 1)).toBe(0);
    expect(hitAtK(ranked, ['a'], 1)).toBe(1);
  });
  it('is 0 without expected ids', () => {
    expect(hitAtK(ranked, [], 3)).toBe(0);
  });
});

describe('recallAtK', () => {
  it('is the share of expected ids in the top k', () => {
    expect(recallAtK(ranked, ['b', 'f'], 5)).toBe(0.5);
    expect(recallAtK(ranked, ['b', 'e'], 5)).toBe(1);
    expect(recallAtK(ranked, ['z'], 5)).toBe(0);
  });
});

describe('reciprocalRank', () => {
  it('is 1 / rank of the first expected id', () => {
    expect(reciprocalRank(ranked, ['c', 'e'])).toBeCloseTo(1 / 3);
    expect(reciprocalRank(ranked, ['f'])).toBeCloseTo(1 / 6);
    expect(reciprocalRank(ranked, ['z'])).toBe(0);
  });
});

describe('ndcgAtK', () => {
  it('is 1 for an ideal ranking', () => {
    expect(ndcgAtK(ranked, ['a', 'b'], 5)).toBe(1);
  });
  it('discounts by log2(rank + 1)', () => {
    // One relevant at rank 2: DCG = 1/log2(3) = 0.6309; IDCG = 1.
    expect(ndcgAtK(ranked, ['b'], 5)).toBeCloseTo(0.63093, 4);
    // Relevant at ranks 1 and 3: DCG = 1 + 0.5 = 1.5; IDCG = 1 + 0.63093 = 1.63093.
    expect(ndcgAtK(ranked, ['a', 'c'], 5)).toBeCloseTo(1.5 / 1.63093, 4);
  });
  it('ignores ranks past k', () => {
    expect(ndcgAtK(ranked, ['f'], 5)).toBe(0);
    expect(ndcgAtK(ranked, [], 5)).toBe(0);
  });
});
