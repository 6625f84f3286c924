import { describe, expect, it } from 'vitest';
import { answerUnits } from './answer-units.js';

const handoffUrl = 'https://support.planasonix.com/contact';

describe('answerUnits', () => {
  it('makes one claim per bullet and per sentence, skipping Sources and the hand-off line', () => {
    const answer = [
      'Lost your TOTP device? Here is what to try [1].',
      '',
      '- Use the backup codes you stored offline during enrollment. [1]',
      '- Ask an admin to reset MFA [1][2].',
      '  Follow your policy.',
      '',
      `Still stuck? Contact support: ${handoffUrl}`,
      '',
      'Sources:',
      '[1] Login failures › MFA recovery',
      '- Some later line that is a source too.',
    ].join('\n');
    expect(answerUnits(answer, { handoffUrl })).toEqual([
      { text: 'Lost your TOTP device?', kind: 'sentence', citations: [] },
      { text: 'Here is what to try [1].', kind: 'sentence', citations: [1] },
      { text: 'Use the backup codes you stored offline during enrollment. [1]', kind: 'bullet', citations: [1] },
      { text: 'Ask an admin to reset MFA [1][2]. Follow your policy.', kind: 'bullet', citations: [1, 2] },
    ]);
  });

  it('gives a citation at the start of a sentence back to the sentence before it', () => {
    expect(answerUnits('Use the backup codes. [1] Then ask an admin [2].')).toEqual([
      { text: 'Use the backup codes. [1]', kind: 'sentence', citations: [1] },
      { text: 'Then ask an admin [2].', kind: 'sentence', citations: [2] },
    ]);
  });

  it('merges a citation-only line into the claim before it', () => {
    expect(answerUnits('- Re-import the IdP metadata.\n- [3]')).toEqual([
      { text: 'Re-import the IdP metadata.', kind: 'bullet', citations: [3] },
    ]);
  });

  it('treats numbered steps as bullets and skips headings and bold Sources headers', () => {
    const answer = '## MFA recovery\n1. Use backup codes [1].\n2) Reset MFA [1].\n\n**Sources**\n1. Login failures › MFA recovery';
    expect(answerUnits(answer).map((unit) => [unit.kind, unit.text])).toEqual([
      ['bullet', 'Use backup codes [1].'],
      ['bullet', 'Reset MFA [1].'],
    ]);
  });

  it('does not take "Source of …" prose for a Sources header', () => {
    expect(answerUnits('Source of the problem is clock skew.')).toHaveLength(1);
  });

  it('returns no claims for an empty answer', () => {
    expect(answerUnits('')).toEqual([]);
  });
});

describe('answerUnits hand-off detection', () => {
  it('with a hand-off URL, drops only lines that contain it', () => {
    const answer = `- Contact support for a temporary policy bypass [1].\nPlease contact support (${handoffUrl}).`;
    expect(answerUnits(answer, { handoffUrl }).map((unit) => unit.text)).toEqual(['Contact support for a temporary policy bypass [1].']);
  });
  it('without one, drops prose hand-off lines but keeps bullets', () => {
    const answer = '- Contact support for a temporary policy bypass [1].\nIf that fails, contact our support team.';
    expect(answerUnits(answer).map((unit) => unit.text)).toEqual(['Contact support for a temporary policy bypass [1].']);
  });
});

describe('answerUnits with keepAllLines', () => {
  it('keeps headings, Sources-like lines and hand-off lines as claims', () => {
    const answer = `**Disable MFA**\n- Use backup codes [1].\nContact support (${handoffUrl}).\nSources: open Settings and turn MFA off\n[2] Login failures › Reset it`;
    expect(answerUnits(answer, { handoffUrl, keepAllLines: true }).map((unit) => [unit.kind, unit.text])).toEqual([
      ['heading', '**Disable MFA**'],
      ['bullet', 'Use backup codes [1].'],
      ['sentence', `Contact support (${handoffUrl}).`],
      ['sentence', 'Sources: open Settings and turn MFA off [2] Login failures › Reset it'],
    ]);
  });
});
