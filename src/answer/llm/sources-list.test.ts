import { describe, expect, it } from 'vitest';

import { appendSourcesList, stripModelSources } from './sources-list.js';
import { citationFor, mfaRecoveryChunk } from './test-fixtures.js';

describe('appendSourcesList', () => {
  it('appends the Sources list in the extractive format', () => {
    expect(appendSourcesList('Use backup codes [1].', [citationFor(mfaRecoveryChunk, 1, 0.03)])).toBe(
      'Use backup codes [1].\n\n**Sources**\n[1] Login failures › MFA recovery',
    );
  });

  it('links the section when the page has a URL', () => {
    const linked = { ...citationFor(mfaRecoveryChunk, 2, 0.03), url: 'https://docs.planasonix.com/login-failures#mfa-recovery' };
    expect(appendSourcesList('Use backup codes [2].', [linked])).toBe(
      'Use backup codes [2].\n\n**Sources**\n[2] [Login failures › MFA recovery](https://docs.planasonix.com/login-failures#mfa-recovery)',
    );
  });
});

describe('stripModelSources', () => {
  it('drops a Sources section the model wrote itself', () => {
    expect(stripModelSources('Use backup codes [1].\n\n### Sources\n[1] MFA recovery\n')).toBe('Use backup codes [1].');
    expect(stripModelSources('Use backup codes [1].\n\nSources:\n- [1] MFA')).toBe('Use backup codes [1].');
  });

  it('keeps text that only mentions sources', () => {
    expect(stripModelSources('The sources say: use backup codes [1].')).toBe('The sources say: use backup codes [1].');
  });
});
