import { describe, expect, it } from 'vitest';
import { featureNames, type MessageFeatures } from './features.js';
import { answersAt, LogisticModel, type LogisticModelParameters } from './logistic-model.js';

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

describe('answersAt', () => {
  const thresholds = { threshold: 0.5, rescueThreshold: 0.8 };
  it('answers complete evidence (rules answer, two or more content words, all in one section\'s own text) at any probability', () => {
    expect(answersAt(0, features({ ruleAnswers: 1, contentWords: 2, bestOwnCoverage: 1 }), thresholds)).toBe(true);
    // One word, partial own coverage, or no rule answer: the thresholds decide.
    expect(answersAt(0.4, features({ ruleAnswers: 1, contentWords: 1, bestOwnCoverage: 1 }), thresholds)).toBe(false);
    expect(answersAt(0.4, features({ ruleAnswers: 1, contentWords: 3, bestOwnCoverage: 0.9 }), thresholds)).toBe(false);
    expect(answersAt(0.7, features({ ruleAnswers: 0, contentWords: 3, bestOwnCoverage: 1 }), thresholds)).toBe(false);
    expect(answersAt(0.8, features({ ruleAnswers: 0, contentWords: 3, bestOwnCoverage: 1 }), thresholds)).toBe(true);
  });
});

