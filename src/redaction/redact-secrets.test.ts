import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets.js';

describe('redactSecrets', () => {
  const cases: [string, string][] = [
    ['my header is Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.abc123def456 and I get 401', 'eyJhbGciOiJIUzI1NiJ9'],
    ['key sk-proj-AbCdEf0123456789xyzXYZ fails', 'sk-proj-AbCdEf0123456789xyzXYZ'],
    ['using pk_live_51HxYzAbCdEf0123456789 in CI', 'pk_live_51HxYzAbCdEf0123456789'],
    ['my password is Hunter2!! and it says invalid', 'Hunter2!!'],
    ['password: "s3cr3t-Pa55"', 's3cr3t-Pa55'],
    ["my password was 'correct horse battery' yesterday", 'correct horse battery'],
    ['pwd=plainletters', 'plainletters'],
    ['token ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 rejected', 'ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'],
    ['AWS key AKIAIOSFODNN7EXAMPLE leaked', 'AKIAIOSFODNN7EXAMPLE'],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----', 'MIIEowIBAAKCAQEA'],
    ['X-Api-Key: 9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc', '9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc'],
  ];

  it.each(cases)('removes the secret from %j', (input, secret) => {
    const { text, found } = redactSecrets(input);
    expect(text).not.toContain(secret);
    expect(text).toContain('[REDACTED');
    expect(found.length).toBeGreaterThan(0);
  });

  it('keeps ordinary questions unchanged', () => {
    for (const question of ['the refresh token expired. what now?', 'Bearer tokens issued yesterday stopped working', 'my password is wrong according to planasonix', 'the password is correct, I checked twice', 'I get 401 from the API with my key', 'Invalid SAML response after Okta certificate rotation', 'what is the password reset flow?', 'ACS URL must match exactly including https://app.planasonix.com/saml/acs/']) {
      expect(redactSecrets(question)).toEqual({ text: question, found: [] });
    }
  });

  it('keeps the words around a redacted password', () => {
    expect(redactSecrets('my password is Hunter2!! and it says invalid').text).toBe('my password is [REDACTED] and it says invalid');
    expect(redactSecrets('Authorization: Bearer abcdefgh12345678').text).toBe('Authorization: Bearer [REDACTED TOKEN]');
  });
});
