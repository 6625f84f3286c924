import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import type { AnswerRecord, FeedbackStore } from './feedback-store.js';
import { createMemoryFeedbackStore } from './memory-feedback-store.js';
import { createSqliteFeedbackStore } from './sqlite-feedback-store.js';

const temporaryDirectory = () => fs.mkdtempSync(path.join(os.tmpdir(), 'support-bot-feedback-'));

const answer = (answerId: string, minute: number, overrides: Partial<AnswerRecord> = {}): AnswerRecord => ({
  answerId,
  createdAt: new Date(Date.UTC(2026, 0, 1, 12, minute)),
  question: `question ${answerId}`,
  answer: `answer ${answerId} [1]`,
  abstained: false,
  degraded: false,
  answerer: 'extractive',
  citedSections: ['login-failures/mfa-recovery'],
  ...overrides,
});

const implementations: [string, () => FeedbackStore][] = [
  ['memory', () => createMemoryFeedbackStore()],
  ['sqlite', () => createSqliteFeedbackStore({ path: path.join(temporaryDirectory(), 'nested', 'feedback.sqlite') })],
];

describe.each(implementations)('%s feedback store', (_name, create) => {
  let store: FeedbackStore;
  afterEach(async () => {
    await store.close();
  });

  it('lists abstained answers newest first, with every field intact, honouring since and limit', async () => {
    store = create();
    await store.recordAnswer(answer('a1', 1, { abstained: true, citedSections: [] }));
    await store.recordAnswer(answer('a2', 2));
    await store.recordAnswer(answer('a3', 3, { abstained: true, citedSections: [], degraded: true, answerer: 'llm' }));

    const all = await store.abstainedAnswers({ limit: 10 });
    expect(all.map((record) => record.answerId)).toEqual(['a3', 'a1']);
    expect(all[0]).toEqual(answer('a3', 3, { abstained: true, citedSections: [], degraded: true, answerer: 'llm' }));
    expect((await store.abstainedAnswers({ limit: 1 })).map((record) => record.answerId)).toEqual(['a3']);
    expect((await store.abstainedAnswers({ limit: 10, since: new Date(Date.UTC(2026, 0, 1, 12, 2)) })).map((record) => record.answerId)).toEqual(['a3']);
  });

  it('keeps every answer recorded at the same time (SQLite writes them in one transaction), the first of a repeated id', async () => {
    store = create();
    await Promise.all([...Array.from({ length: 20 }, (_, index) => store.recordAnswer(answer(`c${index}`, index, { abstained: true, citedSections: [] }))), store.recordAnswer(answer('c0', 30, { abstained: true, question: 'replaced?' }))]);
    const listed = await store.abstainedAnswers({ limit: 100 });
    expect(listed).toHaveLength(20);
    expect(listed.find((record) => record.answerId === 'c0')?.question).toBe('question c0');
  });

  it('keeps the first record of an answer id', async () => {
    store = create();
    await store.recordAnswer(answer('a1', 1));
    await store.recordAnswer(answer('a1', 5, { question: 'replaced?' }));
    await store.recordFeedback({ answerId: 'a1', rating: 'down', createdAt: new Date(Date.UTC(2026, 0, 1, 13)) });
    expect((await store.ratedDown({ limit: 10 }))[0]?.answer.question).toBe('question a1');
  });

  it('stores a rating only for a known answer, and a later rating replaces the earlier one', async () => {
    store = create();
    await store.recordAnswer(answer('a1', 1));
    await store.recordAnswer(answer('a2', 2));

    expect(await store.recordFeedback({ answerId: 'unknown', rating: 'down', createdAt: new Date() })).toBe(false);
    expect(await store.recordFeedback({ answerId: 'a1', rating: 'up', createdAt: new Date(Date.UTC(2026, 0, 2)) })).toBe(true);
    expect(await store.ratedDown({ limit: 10 })).toEqual([]);

    await store.recordFeedback({ answerId: 'a1', rating: 'down', comment: 'did not mention SSO', createdAt: new Date(Date.UTC(2026, 0, 3)) });
    await store.recordFeedback({ answerId: 'a2', rating: 'down', createdAt: new Date(Date.UTC(2026, 0, 4)) });

    const down = await store.ratedDown({ limit: 10 });
    expect(down.map((item) => item.answer.answerId)).toEqual(['a2', 'a1']);
    expect(down[1]).toEqual({ answer: answer('a1', 1), feedback: { answerId: 'a1', rating: 'down', comment: 'did not mention SSO', createdAt: new Date(Date.UTC(2026, 0, 3)) } });
    expect(down[0]?.feedback).not.toHaveProperty('comment');
    expect((await store.ratedDown({ limit: 10, since: new Date(Date.UTC(2026, 0, 4)) })).map((item) => item.answer.answerId)).toEqual(['a2']);
  });
});

describe('sqlite feedback store on disk', () => {
  it('keeps records across reopening the file', async () => {
    const file = path.join(temporaryDirectory(), 'feedback.sqlite');
    const writer = createSqliteFeedbackStore({ path: file });
    await writer.recordAnswer(answer('a1', 1, { abstained: true }));
    await writer.close();

    const reader = createSqliteFeedbackStore({ path: file, fileMustExist: true });
    expect((await reader.abstainedAnswers({ limit: 5 })).map((record) => record.answerId)).toEqual(['a1']);
    await reader.close();
  });

  it('names the path and the variable to set when the file cannot be opened', () => {
    const missing = path.join(temporaryDirectory(), 'absent.sqlite');
    expect(() => createSqliteFeedbackStore({ path: missing, fileMustExist: true })).toThrow(
      expect.objectContaining({ code: 'config_invalid', message: expect.stringMatching(/absent\.sqlite.*FEEDBACK_DB_PATH/) }),
    );
  });
});

describe('memory feedback store', () => {
  it('forgets the oldest answers beyond its capacity', async () => {
    const store = createMemoryFeedbackStore(2);
    for (const [index, id] of ['a1', 'a2', 'a3'].entries()) await store.recordAnswer(answer(id, index, { abstained: true }));
    expect((await store.abstainedAnswers({ limit: 10 })).map((record) => record.answerId)).toEqual(['a3', 'a2']);
    expect(await store.recordFeedback({ answerId: 'a1', rating: 'down', createdAt: new Date() })).toBe(false);
  });
});
