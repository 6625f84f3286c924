/**
 * Test fixtures: guide chunks as the ingester would build them, and a fake
 * extractive {@link Answerer} that returns a fixed result. Tests only.
 */
import type { Chunk } from '../../ingest/chunk.js';
import { sourcesList, toCitation } from '../citations.js';
import { abstention } from '../extractive/compose.js';
import type { AnswerRequest, AnswerResult, Answerer, Citation } from '../types.js';

/** The "MFA recovery" section of `knowledge/login-failures.md`. */
export const mfaRecoveryChunk: Chunk = {
  id: 'login-failures/mfa-recovery',
  source: 'login-failures.md',
  title: 'Login failures',
  headingPath: ['Login failures', 'MFA recovery'],
  section: 'Login failures › MFA recovery',
  anchor: 'mfa-recovery',
  text: [
    'If you lose your TOTP device:',
    '',
    '- Use the backup codes you stored offline during enrollment.',
    '- Ask an admin to reset MFA after identity verification, per your policy.',
    '- For hardware keys, register a second key before travel.',
  ].join('\n'),
  context: '',
  steps: [
    'Use the backup codes you stored offline during enrollment.',
    'Ask an admin to reset MFA after identity verification, per your policy.',
    'For hardware keys, register a second key before travel.',
  ],
  lead: ['If you lose your TOTP device:'],
};

/** The "Browser or cookie issues" section: named by the guide, with no text and no steps. */
export const browserCookieChunk: Chunk = {
  id: 'login-failures/browser-or-cookie-issues',
  source: 'login-failures.md',
  title: 'Login failures',
  headingPath: ['Login failures', 'Browser or cookie issues'],
  section: 'Login failures › Browser or cookie issues',
  anchor: 'browser-or-cookie-issues',
  text: '',
  context: '',
  steps: [],
  lead: [],
};

/** Citation `n` for `chunk`, built by the extractive answerer's own `toCitation`. */
export function citationFor(chunk: Chunk, n: number, score: number): Citation {
  return toCitation({ chunk, score, bm25: 0, cosine: 0 }, n);
}

const mfaCitation = citationFor(mfaRecoveryChunk, 1, 0.032);

/** The extractive answer to "I lost my phone with the authenticator app", in its real format, citing MFA recovery as [1]. */
export const mfaExtractiveResult: AnswerResult = {
  answer: [
    '**MFA recovery**',
    'If you lose your TOTP device: [1]',
    '- Use the backup codes you stored offline during enrollment. [1]',
    '- Ask an admin to reset MFA after identity verification, per your policy. [1]',
    '- For hardware keys, register a second key before travel. [1]',
    '',
    sourcesList([mfaCitation]),
  ].join('\n'),
  citations: [mfaCitation],
  abstained: false,
  degraded: false,
  answerer: 'extractive',
  retrieved: [{ chunk: mfaRecoveryChunk, score: 0.032, bm25: 7.4, cosine: 0.61 }],
};

/** An extractive abstention: the guide does not cover the question. */
export const abstainedResult: AnswerResult = {
  answer: abstention('https://support.planasonix.com/contact'),
  citations: [],
  abstained: true,
  degraded: false,
  answerer: 'extractive',
  retrieved: [],
};

/** A fake extractive answerer that always returns `result` and records the requests it saw. */
export function fakeExtractive(result: AnswerResult): Answerer & { requests: AnswerRequest[] } {
  const requests: AnswerRequest[] = [];
  return {
    requests,
    answer(request) {
      requests.push(request);
      return Promise.resolve(result);
    },
  };
}

/** A model reply that passes invented steps off as the MFA recovery section (the tester's reply). */
export const inventedStepsReply =
  'Go to Settings > Security and click Disable MFA, then email your password to support@planasonix.com [1]. Also see [7].';

/** A faithful paraphrase of the MFA recovery steps, every bullet citing [1]. */
export const faithfulMfaReply = [
  'If you lost your authenticator phone, you have these options:',
  '- Use the backup codes you stored offline when you enrolled [1].',
  '- Ask an admin to reset your MFA once they have verified your identity, per your policy [1].',
  '- If you use a hardware key, register a second key before you travel [1].',
].join('\n');
