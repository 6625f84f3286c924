import { beforeAll, describe, expect, it } from 'vitest';
import type { Pipeline } from '../../pipeline.js';
import type { ScoredChunk } from '../../retrieval/types.js';
import { createTestPipeline } from '../../testing/test-pipeline.js';
import { ExtractiveAnswerer } from '../extractive/extractive-answerer.js';
import type { CandidateEvidence } from './candidate-evidence.js';
import { defaultSectionReranker } from './default-reranker.js';
import { candidateFeatureNames, candidateFeatures } from './features.js';
import { SectionReranker, withMostProbableFirst, type SectionRerankerParameters } from './section-reranker.js';
import { testChunk } from '../../testing/test-chunk.js';

const trainedOn = { split: 'test-fixture', cases: 1, candidates: 1, l2: 1, crossValidatedHitAt1: 0, ruleOrderHitAt1: 0, fittedAt: '' };

/** A reranker that scores by coverage alone: P = σ(4·(coverage − 0.5)). */
const byCoverage: SectionRerankerParameters = { features: ['coverage'], mean: [0.5], scale: [0.25], weights: [1], bias: 0, keepProbability: 0.3, promoteMostProbable: false, trainedOn };

function candidate(id: string, coverage: number | undefined, extra: Partial<CandidateEvidence> = {}): CandidateEvidence {
  const item: ScoredChunk = { chunk: testChunk(id, { headingPath: ['Guide', 'Topic', id], context: '' }), score: 0.016, bm25: Math.E - 1, cosine: 0.4 };
  return { item, bm25: item.bm25, cosine: item.cosine, clauseTops: 1, chosen: false, chosenFirst: false, ...(coverage === undefined ? {} : { best: { coverage, ownCoverage: coverage, coveredWeight: 2 * coverage, position: 0.5, last: false, reportsProblem: true, asks: false } }), ...extra };
}

describe('candidateFeatures', () => {
  it('gives one value per feature name, in order', () => {
    const values = candidateFeatures(candidate('a', 0.6, { wholeRank: 1, chosenFirst: true }), Math.round(Math.E ** 2));
    const byName = Object.fromEntries(candidateFeatureNames.map((name, index) => [name, values[index]]));
    expect(values).toHaveLength(candidateFeatureNames.length);
    expect(byName).toMatchObject({ wholeReciprocalRank: 0.5, wholeFusedScore: 0.016, cosine: 0.4, coverage: 0.6, coveredWeight: 1.2, ownCoverage: 0.6, clauseTops: 1, clausePosition: 0.5, lastClause: 0, clauseReportsProblem: 1, clauseAsks: 0, chosenFirst: 1, headingDepth: 3, headingOnly: 1 });
    expect(byName.bm25Log).toBeCloseTo(1, 12);
    expect(byName.coverageByClauses).toBeCloseTo(0.6 * Math.log(7), 12);
  });

  it('adds how similar the message is to the exemplars of the candidate section, and whether its word match is the best', () => {
    const sections = new Map([
      ['a', { cosine: 0.7, words: 1.5 }],
      ['b', { cosine: 0.9, words: 2.5 }],
    ]);
    const exemplars = { embedding: { answeredShare: 1, margin: 0.1 }, words: { answeredShare: 1, margin: 1 }, sections };
    const at = (id: string) => {
      const values = candidateFeatures(candidate(id, 0.5), 1, exemplars);
      return ['exemplarCosine', 'exemplarWords', 'exemplarWordsFirst'].map((name) => values[candidateFeatureNames.indexOf(name as (typeof candidateFeatureNames)[number])]);
    };
    expect(at('a')).toEqual([0.7, 1.5, 0]);
    expect(at('b')).toEqual([0.9, 2.5, 1]);
    // A section no exemplar answers, and any section without exemplar evidence, scores 0.
    expect(at('c')).toEqual([0, 0, 0]);
    expect(candidateFeatures(candidate('b', 0.5), 1).slice(-3)).toEqual([0, 0, 0]);
  });

  it('scores a candidate only a clause retrieval found, never assessed, as absent from the whole retrieval with no coverage', () => {
    const values = candidateFeatures(candidate('a', undefined), 1);
    expect(values.slice(0, 2)).toEqual([0, 0]);
    expect(values[candidateFeatureNames.indexOf('coverage')]).toBe(0);
    expect(values[candidateFeatureNames.indexOf('coverageByClauses')]).toBe(0);
  });
});

describe('withMostProbableFirst', () => {
  const probability = new Map([['a', 0.3], ['b', 0.6], ['top', 0.9], ['low', 0.2]]);
  const order = (kept: string[], chosen: string[], top: string) => withMostProbableFirst(kept, chosen, (item) => probability.get(item), { item: top, probability: probability.get(top)! }, (left, right) => left === right);

  it('leads with the most probable candidate when the rules did not choose it and it beats all they chose', () => {
    expect(order(['b', 'a'], ['a', 'b'], 'top')).toEqual(['top', 'b', 'a']);
  });

  it('changes nothing when the rules chose it, or one of their sections is at least as probable', () => {
    expect(order(['top', 'a'], ['a', 'top'], 'top')).toEqual(['top', 'a']);
    expect(order(['b'], ['b'], 'low')).toEqual(['b']);
    expect(withMostProbableFirst(['a'], ['a'], (item) => probability.get(item), undefined, (left, right) => left === right)).toEqual(['a']);
  });
});

describe('SectionReranker', () => {
  it('computes σ(b + Σ w·(x − μ)/s) and ranks candidates by it, ties in first-seen order', () => {
    const reranker = new SectionReranker(byCoverage);
    expect(reranker.probability(candidate('a', 1), 1)).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
    const ranked = reranker.rank([candidate('low', 0.2), candidate('high', 0.9), candidate('tie', 0.2)], 1);
    expect(ranked.map((entry) => entry.item.chunk.id)).toEqual(['high', 'low', 'tie']);
    expect(ranked[0]!.probability).toBeCloseTo(1 / (1 + Math.exp(-1.6)), 12);
  });

  it('orders chosen sections by probability and drops those below keepProbability, but never the most probable', () => {
    const reranker = new SectionReranker(byCoverage);
    const candidates = [candidate('a', 0.5), candidate('b', 0.9), candidate('c', 0)];
    const ranked = reranker.rank(candidates, 1);
    // σ(0) = 0.5, σ(1.6) ≈ 0.83, σ(−2) ≈ 0.12 < 0.3.
    expect(reranker.order(candidates.map((entry) => entry.item), ranked).map((item) => item.chunk.id)).toEqual(['b', 'a']);
    expect(reranker.order([candidates[2]!.item], ranked).map((item) => item.chunk.id)).toEqual(['c']);
    // A chosen section the reranker never saw keeps its place after the ranked ones.
    const unseen = candidate('unseen', 1).item;
    expect(reranker.order([unseen, candidates[0]!.item], ranked).map((item) => item.chunk.id)).toEqual(['a', 'unseen']);
  });

  it('rejects parameters whose arrays do not match the feature list, or an unknown feature', () => {
    expect(() => new SectionReranker({ ...byCoverage, weights: [1, 2] })).toThrow(/one per feature/);
    expect(() => new SectionReranker({ ...byCoverage, features: ['shoeSize' as never] })).toThrow();
  });

  it('ships a fitted model over every feature, fitted on dev, that beat the rules’ order out of fold', () => {
    const { parameters } = defaultSectionReranker();
    expect(parameters.features).toEqual([...candidateFeatureNames]);
    expect(parameters.trainedOn.split).toBe('dev');
    expect(parameters.trainedOn.crossValidatedHitAt1).toBeGreaterThan(parameters.trainedOn.ruleOrderHitAt1);
  });
});

describe('the extractive answerer with the reranker', () => {
  let pipeline: Pipeline;
  beforeAll(async () => {
    ({ pipeline } = await createTestPipeline());
  });

  function answerer(reranker?: SectionReranker): ExtractiveAnswerer {
    return new ExtractiveAnswerer({ retriever: pipeline.retriever, judge: pipeline.judge, chunks: pipeline.chunks, k: 5, handoffUrl: 'https://support.example/contact', ...(reranker ? { reranker } : {}) });
  }

  it('lists the retrieved chunks in the reranker’s order, and without it in the whole-message retrieval’s order', async () => {
    const question = 'Our SAML login fails: the assertion is rejected as expired, and our IdP server clock was off after a reboot';
    const { selection } = await pipeline.examine({ question });
    // A reranker that prefers headings deeper in the guide puts sub-sections first.
    const deeperFirst = new SectionReranker({ features: ['headingDepth'], mean: [0], scale: [1], weights: [1], bias: 0, keepProbability: 0, promoteMostProbable: false, trainedOn });
    const expected = deeperFirst.rank(selection.candidates, selection.clauseCount).map((entry) => entry.item.chunk.id);
    const reranked = await answerer(deeperFirst).answer({ question });
    const cited = reranked.citations.map((citation) => citation.id);
    expect(reranked.retrieved.map((item) => item.chunk.id).filter((id) => !cited.includes(id))).toEqual(expected.filter((id) => !cited.includes(id)));
    const plain = await answerer().answer({ question });
    expect(plain.retrieved.map((item) => item.chunk.id).filter((id) => !plain.citations.some((citation) => citation.id === id))).toEqual(selection.retrieved.map((item) => item.chunk.id).filter((id) => !plain.citations.some((citation) => citation.id === id)));
  });

  it('writes the chosen sections most probable first', async () => {
    const question = 'our GitHub Actions job gets 403 forbidden from the API and also some users lost their authenticator phone';
    const { selection } = await pipeline.examine({ question });
    const chosen = selection.chosen.map((item) => item.chunk.id);
    expect(chosen).toContain('login-failures/mfa-recovery');
    // Two rerankers with opposite views of heading depth write the same sections in opposite orders.
    const deeper = (weight: number) => new SectionReranker({ features: ['headingDepth'], mean: [0], scale: [1], weights: [weight], bias: 0, keepProbability: 0, promoteMostProbable: false, trainedOn });
    const deepFirst = (await answerer(deeper(1)).answer({ question })).citations.map((citation) => citation.id);
    const shallowFirst = (await answerer(deeper(-1)).answer({ question })).citations.map((citation) => citation.id);
    expect(new Set(deepFirst)).toEqual(new Set(chosen));
    // MFA recovery is the only one of the three at heading depth 2.
    expect(deepFirst.at(-1)).toBe('login-failures/mfa-recovery');
    expect(shallowFirst[0]).toBe('login-failures/mfa-recovery');
  });
});
