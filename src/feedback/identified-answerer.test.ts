import { describe, expect, it } from 'vitest';

import { abstainedResult, fakeExtractive, mfaExtractiveResult } from '../answer/llm/test-fixtures.js';
import type { FeedbackStore } from './feedback-store.js';
import { withAnswerIds } from './identified-answerer.js';
import { createMemoryFeedbackStore } from './memory-feedback-store.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('withAnswerIds', () => {
  it('gives each answer a fresh UUID and stores it with the question redacted', async () => {
    const store = createMemoryFeedbackStore();
    const answerer = withAnswerIds(fakeExtractive(abstainedResult), store, { now: () => new Date(Date.UTC(2026, 0, 1)) });

    const first = await answerer.answer({ question: 'how do I export invoices? my token is sk-live-abcdefghijklmnop1234' });
    const second = await answerer.answer({ question: 'how do I export invoices?' });

    expect(first.answerId).toMatch(uuid);
    expect(second.answerId).toMatch(uuid);
    expect(second.answerId).not.toBe(first.answerId);
    expect(first).toMatchObject({ answer: abstainedResult.answer, abstained: true });
    const stored = await store.abstainedAnswers({ limit: 5 });
    expect(stored.map((record) => record.answerId)).toEqual([first.answerId, second.answerId]);
    expect(stored[0]).toMatchObject({ question: 'how do I export invoices? my token is [REDACTED API KEY]', abstained: true, citedSections: [], createdAt: new Date(Date.UTC(2026, 0, 1)) });
  });

  it('stores the cited section ids, so feedback can refer to the answer', async () => {
    const store = createMemoryFeedbackStore();
    const { answerId } = await withAnswerIds(fakeExtractive(mfaExtractiveResult), store).answer({ question: 'lost my phone' });
    expect(await store.recordFeedback({ answerId, rating: 'down', createdAt: new Date() })).toBe(true);
    expect((await store.ratedDown({ limit: 1 }))[0]?.answer.citedSections).toEqual(['login-failures/mfa-recovery']);
  });

  it('still answers when the store fails, and logs without the question', async () => {
    const failing: FeedbackStore = { ...createMemoryFeedbackStore(), recordAnswer: () => Promise.reject(new Error('disk full')) };
    const logged: string[] = [];
    const result = await withAnswerIds(fakeExtractive(mfaExtractiveResult), failing, { logError: (message) => logged.push(message) }).answer({ question: 'lost my phone' });
    expect(result.answer).toBe(mfaExtractiveResult.answer);
    expect(logged).toEqual([`could not store answer ${result.answerId} for feedback`]);
  });
});
