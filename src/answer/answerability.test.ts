import { describe, expect, it } from 'vitest';
import type { Chunk } from '../ingest/chunk.js';
import { Glossary } from '../retrieval/glossary/glossary.js';
import { AnswerabilityJudge } from './answerability.js';
import { testChunk } from '../testing/test-chunk.js';

const chunk = (id: string, heading: string, text: string): Chunk => testChunk(heading, { id, anchor: id, text, steps: [text] });

const forbidden = chunk('403', '403 / insufficient scope', 'The key lacks the scopes that the operation needs.');
const unauthorized = chunk('401', '401 / invalid key', 'The key was rotated, or there is a typo in the header.');
const disabled = chunk('invalid-password', 'Invalid email or password', 'Check whether the account uses SSO: password login may be disabled for it.');
const glossary = new Glossary([
  { guide: ['403'], customer: ['forbidden'] },
  { guide: ['account disabled'], customer: ['deactivated'] },
]);
// Every word equally rare, so coverage is the share of content words covered.
const judge = new AnswerabilityJudge(glossary, () => 1, { problem: 0.3, question: 0.8, evidence: 99 });

describe('AnswerabilityJudge', () => {
  it('counts a glossary term as covered by the section that holds its guide term', () => {
    const assessment = judge.assess('api says forbidden', [forbidden], { problemReported: true });
    expect(assessment.words.find((word) => word.word === 'forbidden')?.covered).toBe(true);
    expect(assessment.answerable).toBe(true);
  });

  it('treats a different HTTP code, stated or implied, as a miss', () => {
    expect(judge.assess('api key gives 401', [forbidden], { problemReported: true })).toMatchObject({ codeMismatch: true, answerable: false });
    expect(judge.assess('api key gets forbidden', [unauthorized], { problemReported: true })).toMatchObject({ codeMismatch: true, answerable: false });
    expect(judge.assess('api key gives 401', [unauthorized], { problemReported: true }).codeMismatch).toBe(false);
  });

  it('needs a guide term as a phrase, not its words scattered in the section', () => {
    // "account" and "disabled" both occur in the section, but not as "account disabled".
    const assessment = judge.assess('my user was deactivated', [disabled], { problemReported: true });
    expect(assessment.words.find((word) => word.word === 'deactivated')?.covered).toBe(false);
  });

  it('holds questions that report no failure to the higher bar', () => {
    const clause = 'which scopes does the key need for pipelines';
    const asProblem = judge.assess(clause, [forbidden], { problemReported: true });
    const asQuestion = judge.assess(clause, [forbidden]);
    expect(asProblem.coverage).toBeCloseTo(asQuestion.coverage);
    expect(asProblem.coverage).toBeGreaterThanOrEqual(0.3);
    expect(asProblem.coverage).toBeLessThan(0.8);
    expect([asProblem.answerable, asQuestion.answerable]).toEqual([true, false]);
  });

  it('tolerates typos within the budget', () => {
    expect(judge.assess('the heder key was rotatd', [unauthorized], { problemReported: true }).coverage).toBe(1);
  });
});
