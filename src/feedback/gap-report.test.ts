import { describe, expect, it } from 'vitest';

import type { AnswerRecord } from './feedback-store.js';
import { formatGapReport } from './format-gap-report.js';
import { buildGapReport, unansweredTopics } from './gap-report.js';
import { createMemoryFeedbackStore } from './memory-feedback-store.js';

let clock = 0;
const record = (question: string, overrides: Partial<AnswerRecord> = {}): AnswerRecord => ({
  answerId: `id-${++clock}`,
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, clock)),
  question,
  answer: 'answer',
  abstained: true,
  degraded: false,
  answerer: 'extractive',
  citedSections: [],
  ...overrides,
});

describe('unansweredTopics', () => {
  it('counts each content word once per question, merging forms with the same stem, most frequent first', () => {
    const topics = unansweredTopics([
      record('How do I export invoices?'),
      record('invoice export to CSV, export fails'),
      record('Where is the invoice for March?'),
      record('change my billing email'),
    ]);
    expect(topics).toEqual([
      { topic: 'invoice', questions: 3, examples: ['How do I export invoices?', 'invoice export to CSV, export fails', 'Where is the invoice for March?'] },
      { topic: 'export', questions: 2, examples: ['How do I export invoices?', 'invoice export to CSV, export fails'] },
    ]);
  });

  it('ignores redaction markers, and lists single mentions when nothing recurs', () => {
    const topics = unansweredTopics([record('is my token [REDACTED API KEY] valid for billing?')]);
    expect(topics.map((topic) => topic.topic)).toEqual(['billing', 'token', 'valid']);
  });
});

describe('gap report', () => {
  it('lists unanswered topics, rated-down answers with comments, and their sections', async () => {
    const store = createMemoryFeedbackStore();
    await store.recordAnswer(record('How do I export invoices?'));
    await store.recordAnswer(record('invoice export fails'));
    const answered = record('lost my authenticator phone', { abstained: false, citedSections: ['login-failures/mfa-recovery'] });
    await store.recordAnswer(answered);
    await store.recordFeedback({ answerId: answered.answerId, rating: 'down', comment: 'I have no backup codes either', createdAt: new Date(Date.UTC(2026, 0, 2, 9, 30)) });

    const report = await buildGapReport(store, { limit: 1 });
    expect(report.unansweredCount).toBe(2);
    expect(report.topics.map((topic) => topic.topic)).toEqual(['export']);
    expect(report.sections).toEqual([{ section: 'login-failures/mfa-recovery', downvotes: 1 }]);

    const text = formatGapReport(report, 'all time');
    expect(text).toContain('Unanswered topics (2 questions the bot could not answer)');
    expect(text).toContain('1. export: 2 questions');
    expect(text).toContain('"How do I export invoices?"');
    expect(text).toContain('2026-01-02 09:30  "lost my authenticator phone"');
    expect(text).toContain('comment: "I have no backup codes either"');
    expect(text).toContain(`cited: login-failures/mfa-recovery; answerer: extractive; id ${answered.answerId}`);
    expect(text).toMatch(/Sections in rated-down answers\n {5}1 {2}login-failures\/mfa-recovery/);
  });

  it('says none when the store is empty', async () => {
    const text = formatGapReport(await buildGapReport(createMemoryFeedbackStore()), 'the last 7 days');
    expect(text).toBe(['Guide gaps, the last 7 days', '', 'Unanswered topics (0 questions the bot could not answer)', '  none', '', 'Answers rated down (newest first)', '  none'].join('\n'));
  });
});
