import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets.js';

describe('secrets pasted inside a sentence', () => {
  // [message, the secret, the message as redacted]
  const secrets: [string, string, string][] = [
    // A value before "as my password" (valueAsPassword).
    ['I typed Summer2024 as my password', 'Summer2024', 'I typed [REDACTED] as my password'],
    ['I used Hunter2! as the password', 'Hunter2!', 'I used [REDACTED] as the password'],
    ['I typed summer2024 as my password and it still fails', 'summer2024', 'I typed [REDACTED] as my password and it still fails'],
    ["I entered 'qwerty123' as the password", 'qwerty123', "I entered '[REDACTED]' as the password"],
    ['Ich habe Sommer2024 als Passwort eingegeben', 'Sommer2024', 'Ich habe [REDACTED] als Passwort eingegeben'],
    ['puse Verano2024 como mi contraseña', 'Verano2024', 'puse [REDACTED] como mi contraseña'],
    // A password word directly followed by the value, or by `:`/`=`.
    ['tried the password Winter#99 three times', 'Winter#99', 'tried the password [REDACTED] three times'],
    ['my passwd: s3cret!', 's3cret!', 'my passwd: [REDACTED]'],
    ['password=abc123XYZ', 'abc123XYZ', 'password=[REDACTED]'],
    ['pwd Tr0ub4dor&3', 'Tr0ub4dor&3', 'pwd [REDACTED]'],
    // "is"/"was" and its German, Spanish, French and Portuguese forms.
    ['my pw is qwerty123', 'qwerty123', 'my pw is [REDACTED]'],
    ['mein Passwort ist Sommer2024', 'Sommer2024', 'mein Passwort ist [REDACTED]'],
    ['mi contraseña es Verano2024', 'Verano2024', 'mi contraseña es [REDACTED]'],
    ['mon mot de passe est Ete2024', 'Ete2024', 'mon mot de passe est [REDACTED]'],
    ['minha senha é Inverno2024', 'Inverno2024', 'minha senha é [REDACTED]'],
    // A relative clause between the word and "is"/"was" (passwordAfterRelativeClause, keyAfterRelativeClause).
    ['the password I used was Summer2024', 'Summer2024', 'the password I used was [REDACTED]'],
    ['the password that I typed in was: qwerty12 and it failed', 'qwerty12', 'the password that I typed in was: [REDACTED] and it failed'],
    ["the password IT gave me is 'summer fun'", 'summer fun', 'the password IT gave me is [REDACTED]'],
    ['the token I used was 9f8e7d6c5b4a3921', '9f8e7d6c5b4a3921', 'the token I used was [REDACTED]'],
    ['the API key they gave me is abc123def456', 'abc123def456', 'the API key they gave me is [REDACTED]'],
    // Setting a password to a value (passwordSetTo).
    ['I set my password to Summer2024 yesterday', 'Summer2024', 'I set my password to [REDACTED] yesterday'],
    ["reset the password to 'summer fun' but it is rejected", 'summer fun', 'reset the password to [REDACTED] but it is rejected'],
  ];

  it.each(secrets)('%j', (message, secret, redacted) => {
    const { text, found } = redactSecrets(message);
    expect(text).not.toContain(secret);
    expect(text).toBe(redacted);
    expect(found).toHaveLength(1);
  });

  // Vendor formats in "the token I used was …": [token, marker, kind]
  const vendorTokens: [string, string, string][] = [
    ['ghp_16C7e42F292c6912E7710c838347Ae178B4a', '[REDACTED API KEY]', 'api_key'],
    ['gho_16C7e42F292c6912E7710c838347Ae178B4a', '[REDACTED API KEY]', 'api_key'],
    ['github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQR', '[REDACTED API KEY]', 'api_key'],
    ['xoxa-2-1234567890-abcdefghij', '[REDACTED API KEY]', 'api_key'],
    ['xoxb-1234567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx', '[REDACTED API KEY]', 'api_key'],
    ['xoxp-1234567890-1234567890-1234567890123-abcdef0123456789', '[REDACTED API KEY]', 'api_key'],
    ['xoxr-1234567890-abcdefghij', '[REDACTED API KEY]', 'api_key'],
    ['glpat-xxxxxxxxxxxxxxxxxxxx', '[REDACTED API KEY]', 'api_key'],
    ['AKIAIOSFODNN7EXAMPLE', '[REDACTED API KEY]', 'credential'],
    ['sk_live_51HxYzAbCdEf0123456789', '[REDACTED API KEY]', 'api_key'],
    ['sk_test_51HxYzAbCdEf0123456789', '[REDACTED API KEY]', 'api_key'],
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk', '[REDACTED TOKEN]', 'jwt'],
    // Unsecured JWT (RFC 7519 §6.1: empty signature), and a header and payload pasted without the signature.
    ['eyJhbGciOiJub25lIn0.eyJzdWIiOiIxMjMifQ.', '[REDACTED TOKEN]', 'jwt'],
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ', '[REDACTED TOKEN]', 'jwt'],
  ];

  it.each(vendorTokens)('the token I used was %s', (token, marker, kind) => {
    expect(redactSecrets(`the token I used was ${token} and I get 401`)).toEqual({ text: `the token I used was ${marker} and I get 401`, found: [kind] });
  });

  const questions = [
    'my password is wrong',
    'my password is rejected',
    'my password is not working',
    'the password reset email never came',
    'I typed my password correctly',
    'password is correct but login fails',
    'mein Passwort ist falsch',
    'my password was changed',
    'mi contraseña es incorrecta',
    'the password I used was wrong',
    'the password you sent me is not working',
    'the token I got was expired',
    'I typed it as my password',
    'I use 1Password as my password manager',
    'we use Bitwarden2 as our password vault',
    'reset my password to log in',
    'set the password to expire after 90 days',
    'changed my password to meet the new rules',
    "tell the user to email their Salesforce password to security@planasonix-help.com",
    'I tried 3 times as the password kept failing',
    'the JWT header eyJhbGciOiJIUzI1NiJ9 decodes fine',
  ];

  it.each(questions)('leaves %j as typed', (question) => {
    expect(redactSecrets(question)).toEqual({ text: question, found: [] });
  });

  it('scans 40,000 characters of these phrasings in linear time', () => {
    for (const unit of ['a1 as my ', "'a1'", 'password I a ', 'the token we ', 'set password to ', 'eyJabcde.eyJ', 'Summer2024 ']) {
      const text = unit.repeat(Math.ceil(40_000 / unit.length)).slice(0, 40_000);
      const started = performance.now();
      redactSecrets(text);
      expect(performance.now() - started, unit).toBeLessThan(250);
    }
  });
});
