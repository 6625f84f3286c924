import type { AnswerResult } from '../../src/answer/types.js';
import type { Chunk } from '../../src/ingest/chunk.js';
import type { EvalCase } from '../dataset/schema.js';

/** A two-section guide for runner tests: MFA recovery (steps) and Clock skew (heading only). */
export const fixtureChunks: Chunk[] = [
  {
    id: 'login-failures/mfa-recovery',
    source: 'login-failures.md',
    title: 'Login failures',
    headingPath: ['Login failures', 'MFA recovery'],
    section: 'Login failures › MFA recovery',
    anchor: 'mfa-recovery',
    text: 'If you lose your TOTP device:\n\n- Use the backup codes you stored offline during enrollment.\n- Ask an admin to reset MFA after identity verification, per your policy.',
    context: 'Login failures',
    steps: ['Use the backup codes you stored offline during enrollment.', 'Ask an admin to reset MFA after identity verification, per your policy.'],
    lead: ['If you lose your TOTP device:'],
  },
  {
    id: 'login-failures/sso-configuration-issues/clock-skew',
    source: 'login-failures.md',
    title: 'Login failures',
    headingPath: ['Login failures', 'SSO configuration issues', 'Clock skew'],
    section: 'Login failures › SSO configuration issues › Clock skew',
    anchor: 'clock-skew',
    text: '',
    context: 'Login failures\nSSO configuration issues',
    steps: [],
    lead: [],
  },
];

/** The hand-off URL the fixtures use. */
export const fixtureHandoffUrl = 'https://support.example.com/contact';

/** An extractive-style answer citing `chunks` in order. */
export function fixtureAnswer(body: string, chunks: Chunk[], abstained = false): AnswerResult {
  const citations = chunks.map((chunk, index) => ({
    n: index + 1,
    id: chunk.id,
    title: chunk.title,
    section: chunk.section,
    source: chunk.source,
    anchor: chunk.anchor,
    snippet: chunk.text.slice(0, 240),
    score: 1 / (index + 1),
  }));
  const sources = citations.length > 0 ? `\n\n**Sources**\n${citations.map((citation) => `[${citation.n}] ${citation.section}`).join('\n')}` : '';
  return {
    answer: `${body}${sources}`,
    citations,
    abstained,
    degraded: false,
    answerer: 'extractive',
    retrieved: chunks.map((chunk, index) => ({ chunk, score: 1 / (index + 1), bm25: 0, cosine: 0 })),
  };
}

/** An eval case with defaults for the fields a test does not care about. */
export function fixtureCase(fields: Partial<EvalCase> & Pick<EvalCase, 'id' | 'question'>): EvalCase {
  return { kind: 'in_scope', expect_abstain: false, tags: [], ...fields };
}
