import { describe, expect, it } from 'vitest';
import { parseCommandText } from './parse-command.js';

describe('parseCommandText', () => {
  it('treats empty text, help and ? as a request for usage', () => {
    for (const text of ['', '   ', 'help', 'HELP', ' ? ', 'share', 'share   ']) expect(parseCommandText(text)).toEqual({ kind: 'help' });
  });

  it('asks privately by default and in the channel with share', () => {
    expect(parseCommandText(' why do I get 403 from the API? ')).toEqual({ kind: 'ask', question: 'why do I get 403 from the API?', visibility: 'ephemeral' });
    expect(parseCommandText('share why do I get 403?')).toEqual({ kind: 'ask', question: 'why do I get 403?', visibility: 'in_channel' });
    expect(parseCommandText('Share\nlocked out after SSO change')).toEqual({ kind: 'ask', question: 'locked out after SSO change', visibility: 'in_channel' });
    expect(parseCommandText('shared drive login fails')).toEqual({ kind: 'ask', question: 'shared drive login fails', visibility: 'ephemeral' });
    expect(parseCommandText('help me reset MFA')).toEqual({ kind: 'ask', question: 'help me reset MFA', visibility: 'ephemeral' });
  });

  it('refuses questions over 4,000 characters', () => {
    expect(parseCommandText('x'.repeat(4000))).toMatchObject({ kind: 'ask' });
    expect(parseCommandText(`share ${'x'.repeat(4001)}`)).toEqual({ kind: 'too_long', length: 4001 });
  });
});
