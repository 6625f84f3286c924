import { describe, expect, it } from 'vitest';
import { parseBearerCredential } from './bearer-credential.js';

const key = 'sbk_k1_AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHHIIIIJJJJKKK';

describe('parseBearerCredential', () => {
  it('reads "Bearer <token>" with one or more spaces (RFC 6750 §2.1) and any scheme case', () => {
    expect(parseBearerCredential(`Bearer ${key}`)).toEqual({ ok: true, token: key });
    expect(parseBearerCredential(`BEARER   ${key}`)).toEqual({ ok: true, token: key });
  });

  it.each([
    [undefined, 'missing_header'],
    ['', 'missing_header'],
    [key, 'wrong_scheme'],
    [`Token ${key}`, 'wrong_scheme'],
    [`Bearer '${key}'`, 'malformed_credential'],
    [`Bearer ${key}\\r\\n`, 'malformed_credential'],
    [`Bearer ${key}\u200b`, 'malformed_credential'],
    [`Bearer ${key}<>`, 'malformed_credential'],
  ])('refuses %j as %s, never quoting the credential', (header, problem) => {
    const result = parseBearerCredential(header);
    expect(result).toMatchObject({ ok: false, problem });
    if (!result.ok) expect(result.message).not.toContain('AAAABBBB');
  });

  it('hands back the credential without quotes and whitespace, to log the key id', () => {
    expect(parseBearerCredential(`Bearer "${key}\\n"`)).toMatchObject({ ok: false, token: key });
  });
});
