import { describe, expect, it } from 'vitest';

import { citedSourceTexts } from './enforce-grounding.js';
import { createGroundedRelease } from './grounded-release.js';
import { mfaExtractiveResult } from './test-fixtures.js';

const sources = citedSourceTexts(mfaExtractiveResult);

describe('createGroundedRelease', () => {
  it('releases each complete, grounded line once the next line has begun', () => {
    const release = createGroundedRelease(sources);
    expect(release.push('- Use the backup codes you stored ')).toBe('');
    expect(release.push('offline [1].\n')).toBe(''); // the next line has not begun: it could be an indented continuation
    expect(release.push('- Ask an admin')).toBe('- Use the backup codes you stored offline [1].');
    expect(release.push(' to reset MFA [1].\n\n**Sources**\n[1] Login failures › MFA recovery')).toBe('\n- Ask an admin to reset MFA [1].');
    expect(release.end('')).toEqual({ body: '- Use the backup codes you stored offline [1].\n- Ask an admin to reset MFA [1].' });
  });

  it('holds a lead-in until the list it introduces has a grounded bullet', () => {
    const release = createGroundedRelease(sources);
    expect(release.push('If you lost your phone, try these:\n')).toBe('');
    expect(release.push('- Use your backup codes [1].\n-')).toBe('If you lost your phone, try these:\n- Use your backup codes [1].');
  });

  it('never releases an invented line, nor anything after it, and rejects the answer at the end', () => {
    const release = createGroundedRelease(sources);
    const shown = [
      release.push('- Use your backup codes [1].\n'),
      release.push('- Go to Settings > Security and click Disable MFA [1].\n'),
      release.push('- Ask an admin to reset MFA [1].\n- For hardware keys, register a second key [1].'),
    ].join('');
    expect(shown).toBe('- Use your backup codes [1].');
    const end = release.end('');
    expect('error' in end && [end.error.code, end.error.message]).toEqual([
      'model_ungrounded',
      'Chat model reply was not grounded (4 claims): 1 unsupported by the cited guide sections (groundedness below 0.6).',
    ]);
  });

  it('rejects an answer whose last line states something uncited', () => {
    const release = createGroundedRelease(sources);
    expect(release.push('Use your backup codes [1].\n')).toBe('');
    const end = release.end('Your carrier can move the authenticator app to a new phone.');
    expect('error' in end && end.error.message).toBe('Chat model reply was not grounded (2 claims): 1 without a citation.');
  });
});
