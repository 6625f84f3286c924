import { beforeAll, describe, expect, it } from 'vitest';
import type { Pipeline } from '../../pipeline.js';
import { createTestPipeline } from '../../testing/test-pipeline.js';
import { ExtractiveAnswerer } from '../extractive/extractive-answerer.js';
import { defaultAbstentionModel } from './default-model.js';
import { defaultSectionReranker } from '../rerank/default-reranker.js';
import { featureNames } from './features.js';
import { LogisticModel, type LogisticModelParameters } from './logistic-model.js';

let pipeline: Pipeline;
beforeAll(async () => {
  ({ pipeline } = await createTestPipeline({}, { abstentionModel: false }));
});

/** A model that ignores the message: a constant probability σ(bias). */
function constantModel(bias: number, rescueThreshold = 0.5): LogisticModel {
  const parameters: LogisticModelParameters = {
    features: ['bestCoverage'],
    mean: [0],
    scale: [1],
    weights: [0],
    bias,
    threshold: 0.5,
    rescueThreshold,
    trainedOn: { split: 'test-fixture', cases: 1, l2: 0, crossValidatedAccuracy: 0, ruleAccuracy: 0, fittedAt: '' },
  };
  return new LogisticModel(parameters);
}

function answererWith(model: LogisticModel): ExtractiveAnswerer {
  return new ExtractiveAnswerer({ retriever: pipeline.retriever, judge: pipeline.judge, chunks: pipeline.chunks, k: 5, handoffUrl: 'https://support.example/contact', abstentionModel: model });
}

describe('messageFeatures (through Pipeline.examine)', () => {
  it('describes a covered failure report', async () => {
    const { features, selection } = await pipeline.examine({ question: 'I lost the phone with my authenticator app' });
    expect(selection.chosen.map((item) => item.chunk.id)).toEqual(['login-failures/mfa-recovery']);
    expect(features.ruleAnswers).toBe(1);
    expect(features.chosenSections).toBe(1);
    expect(features.bestCoverage).toBeGreaterThanOrEqual(0.3);
    expect(features.reportsProblem).toBe(1);
    expect(features.hasQuestionMark).toBe(0);
    expect(features.clauses).toBe(1);
    expect(features.followUp).toBe(0);
    expect(features.topCosine).toBeGreaterThan(0);
    expect(Object.keys(features).sort()).toEqual([...featureNames].sort());
  });

  it('describes an uncovered how-to question and a follow-up', async () => {
    const uncovered = await pipeline.examine({ question: 'How do I set up SCIM provisioning for our Okta groups?' });
    expect(uncovered.features.ruleAnswers).toBe(0);
    expect(uncovered.features.asksHowTo).toBe(1);
    expect(uncovered.features.hasQuestionMark).toBe(1);
    expect(uncovered.features.uncoveredWeight).toBeGreaterThan(0);
    const followUp = await pipeline.examine({ question: 'what if I lost those too?', history: [{ role: 'user', content: 'I lost my phone with the authenticator app' }] });
    expect(followUp.features.followUp).toBe(1);
  });

  it('carries the vote of the exemplar bank: answered neighbours for a guide question, unanswered ones for a near miss', async () => {
    const answered = await pipeline.examine({ question: 'our CI job gets 401 because the secret has quotes around the key' });
    expect(answered.features.exemplarShare).toBeGreaterThan(0.5);
    expect(answered.features.exemplarMargin).toBeGreaterThan(0);
    expect(answered.features.exemplarWordShare).toBeGreaterThan(0.5);
    expect(answered.features.exemplarWordMargin).toBeGreaterThan(0);
    const nearMiss = await pipeline.examine({ question: 'How do I set up SCIM provisioning for our Okta groups?' });
    expect(nearMiss.features.exemplarShare).toBeLessThan(0.5);
    expect(nearMiss.features.exemplarWordMargin).toBeLessThan(0);
  });

  it('says the exemplar vote is even when the pipeline runs without the bank', async () => {
    const { pipeline: bare } = await createTestPipeline({}, { abstentionModel: false, exemplars: false });
    const { features } = await bare.examine({ question: 'I lost the phone with my authenticator app' });
    expect([features.exemplarShare, features.exemplarMargin, features.exemplarWordShare, features.exemplarWordMargin]).toEqual([0.5, 0, 0.5, 0]);
  });

  it('sees the message only after secrets are redacted', async () => {
    const secret = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';
    const { question } = await pipeline.examine({ question: `our key ${secret} gets 401 from the API` });
    expect(question).not.toContain(secret);
  });
});

describe('ExtractiveAnswerer with an abstention model', () => {
  it('abstains when the model vetoes an answer the clause rules chose on partial evidence', async () => {
    const question = 'I lost the phone with my authenticator app on the ferry to Helsinki';
    expect((await answererWith(constantModel(10)).answer({ question })).abstained).toBe(false);
    const result = await answererWith(constantModel(-10)).answer({ question });
    expect(result.abstained).toBe(true);
    expect(result.citations).toEqual([]);
  });

  it('keeps the rules\' answer, whatever the model says, when the guide\'s own words cover every content word', async () => {
    const question = 'how do i reset my password?';
    const { features } = await pipeline.examine({ question });
    expect(features).toMatchObject({ ruleAnswers: 1, bestOwnCoverage: 1, contentWords: 2 });
    const kept = await answererWith(constantModel(-10)).answer({ question });
    expect(kept.abstained).toBe(false);
    expect(kept.citations.map((citation) => citation.id)).toEqual(['login-failures/invalid-email-or-password']);
    // One covered word is not enough: "how do I make someone an admin?" shares only "admin" with the guide.
    const thin = 'how do I make someone else an admin in our org?';
    expect((await pipeline.examine({ question: thin })).features).toMatchObject({ ruleAnswers: 1, contentWords: 1 });
    expect((await answererWith(constantModel(-10)).answer({ question: thin })).abstained).toBe(true);
  });

  it("answers from the section reranker's most probable candidate when the model overturns an abstention", async () => {
    const question = 'our nightly GitLab job gets turned away since we moved runners to a new cloud';
    const { selection } = await pipeline.examine({ question });
    expect(selection.chosen).toEqual([]);
    const reranker = defaultSectionReranker();
    const mostProbable = reranker.rank(selection.candidates, selection.clauseCount)[0]!.item.chunk.id;
    // The rules' best-covering section is the environment-variable one; the reranker prefers the allowlist one.
    expect(selection.bestChunks[0]!.chunk.id).toBe('login-failures/api-key-problems/key-stored-in-an-environment-variable-not-loaded');
    expect(mostProbable).toBe('login-failures/ip-lockout-recovery/api-calls-from-automation');
    const answerer = new ExtractiveAnswerer({ retriever: pipeline.retriever, judge: pipeline.judge, chunks: pipeline.chunks, k: 5, handoffUrl: 'https://support.example/contact', abstentionModel: constantModel(10), reranker });
    expect((await answerer.answer({ question })).citations.map((citation) => citation.id)[0]).toBe(mostProbable);
  });

  it('answers from the best-covering sections when the model overturns an abstention (no reranker)', async () => {
    const question = 'How do I set up SCIM provisioning for our Okta groups?';
    const { selection } = await pipeline.examine({ question });
    expect(selection.chosen).toEqual([]);
    const rescued = await answererWith(constantModel(10)).answer({ question });
    expect(rescued.abstained).toBe(false);
    expect(rescued.citations.map((citation) => citation.id)[0]).toBe(selection.bestChunks[0]!.chunk.id);
    // The same probability below the rescue threshold leaves the abstention alone.
    expect((await answererWith(constantModel(10, 1)).answer({ question })).abstained).toBe(true);
  });
});

describe('defaultAbstentionModel', () => {
  it('is the dev-split fit over every feature, with thresholds in range', () => {
    const { parameters } = defaultAbstentionModel();
    expect(parameters.trainedOn.split).toBe('dev');
    expect(parameters.features).toEqual([...featureNames]);
    expect(parameters.threshold).toBeGreaterThan(0);
    expect(parameters.rescueThreshold).toBeGreaterThanOrEqual(parameters.threshold);
  });
});
