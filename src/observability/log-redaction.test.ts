import { describe, expect, it } from 'vitest';
import { emailMarker, maxLoggedTextLength, redactForLog } from './log-redaction.js';
import { toLoggedError } from './logged-error.js';

describe('redactForLog', () => {
  it.each([
    ['an OpenAI key', 'my key sk-proj-Abc123Def456Ghi789Jkl012 fails', 'sk-proj-Abc123Def456Ghi789Jkl012'],
    ['a bearer token', 'sent Authorization: Bearer abcdefgh12345678zz', 'abcdefgh12345678zz'],
    ['a password', 'my password is hunter2!x and it fails', 'hunter2!x'],
    ['a private key', '-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----', 'MIIEow'],
  ])('removes %s', (_, text, secret) => {
    const logged = redactForLog(text);
    expect(logged).not.toContain(secret);
    expect(logged).toContain('[REDACTED');
  });

  it('removes e-mail addresses by default and keeps them when told to', () => {
    const text = 'invite for jane.doe+sso@example.co.uk expired';
    expect(redactForLog(text)).toBe(`invite for ${emailMarker} expired`);
    expect(redactForLog(text, { emails: false })).toBe(text);
  });

  it('cuts long text', () => {
    const logged = redactForLog('word '.repeat(1000));
    expect(logged).toHaveLength(maxLoggedTextLength + 1);
    expect(logged.endsWith('…')).toBe(true);
  });
});

describe('toLoggedError', () => {
  it('redacts a secret quoted in an error message and keeps only the cause type and code', () => {
    const cause = Object.assign(new Error('provider said: sk-live-Zzz999Yyy888Xxx777'), { code: 'ECONNRESET' });
    const logged = toLoggedError(new SyntaxError('Unexpected token in "password: s3cr3tpass"', { cause }));
    expect(logged).toMatchObject({ type: 'SyntaxError', cause: { type: 'Error', code: 'ECONNRESET' } });
    expect(JSON.stringify(logged)).not.toMatch(/s3cr3tpass|Zzz999Yyy888/);
  });
});
