import { describe, expect, it } from 'vitest';
import { redactSecrets, withoutRedactionMarkers } from './redact-secrets.js';

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
    ['my API key is abc123def456ghi789 and it gets 401', 'abc123def456ghi789'],
    ['api key abc123def456ghi789 returns 401', 'abc123def456ghi789'],
    ['the key 3f9a8b7c6d5e4f3a2b1c is rejected', '3f9a8b7c6d5e4f3a2b1c'],
    ['{"api_key": "plx_live_abcdef"}', 'plx_live_abcdef'],
    ['curl -u admin:supersecret99 https://api.planasonix.com/v1/runs', 'supersecret99'],
    ['planasonix-cli login --password Tr0ub4dor', 'Tr0ub4dor'],
    ['my password hunter2 is rejected', 'hunter2'],
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

  describe('AWS secret access keys and other base64 secrets with / and +', () => {
    it.each([
      ['AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY and I get 401', 'AWS_SECRET_ACCESS_KEY=[REDACTED] and I get 401'],
      ['secret key is je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY ok', 'secret key is [REDACTED] ok'],
      ['signing key 3q2+7w8Ab9Cd0Ef1Gh2Ij3Kl4Mn5Op6Qr7St8Uv9Wx== rotated', 'signing key [REDACTED] rotated'],
      ['the stored one is 1//0gLq7Xk2vR9mT4bN8cW3yZ6hJ1fD5sA0eU7iO2pQ4rK9xL3m and fails', 'the stored one is [REDACTED] and fails'],
    ])('%j', (input, expected) => {
      expect(redactSecrets(input)).toEqual({ text: expected, found: ['credential'] });
    });

    it('leaves URLs, absolute paths and word-like paths alone', () => {
      for (const text of ['see https://app.planasonix.com/Settings/Security2FA/RecoveryCodesDownload', 'file /Users/JohnSmith/Documents/Projects2024/planasonix', 'in Users/JohnSmith/Documents/Projects2024/planasonix']) {
        expect(redactSecrets(text)).toEqual({ text, found: [] });
      }
    });
  });

  describe('password phrasing', () => {
    it.each([
      ['my password is: Hunter2! and it fails', 'my password is: [REDACTED] and it fails'],
      ['password：Hunter2! fails', 'password：[REDACTED] fails'],
      ['my pw is Hunter2! since monday', 'my pw is [REDACTED] since monday'],
      ['my pwd is hunter22 since monday', 'my pwd is [REDACTED] since monday'],
      ['mein Passwort ist Sommer2024! und geht nicht', 'mein Passwort ist [REDACTED] und geht nicht'],
      ['mi contraseña es gato1234 y no funciona', 'mi contraseña es [REDACTED] y no funciona'],
      ['mon mot de passe est Soleil#7 mais ça échoue', 'mon mot de passe est [REDACTED] mais ça échoue'],
      ['minha senha é Brasil@99 e não entra', 'minha senha é [REDACTED] e não entra'],
      ['Passwort: geheim123', 'Passwort: [REDACTED]'],
    ])('%j', (input, expected) => {
      expect(redactSecrets(input)).toEqual({ text: expected, found: ['password'] });
    });

    it('keeps "wrong", "incorrect" and the like readable in every language', () => {
      for (const text of ['my pw is wrong', 'the pwd is expired', 'mein Passwort ist falsch', 'mi contraseña es incorrecta', 'mon mot de passe est incorrect', 'minha senha é inválida', 'my password is 8 characters long']) {
        expect(redactSecrets(text)).toEqual({ text, found: [] });
      }
    });
  });

  describe('credentials in URLs', () => {
    it('redacts the password of the user information and keeps the scheme, user and host', () => {
      expect(redactSecrets('proxy is https://bob:Secr3t@proxy.example.com:8080/path here')).toEqual({ text: 'proxy is https://bob:[REDACTED]@proxy.example.com:8080/path here', found: ['password'] });
      expect(redactSecrets('postgres://app:plainpass@db.internal/planasonix').text).toBe('postgres://app:[REDACTED]@db.internal/planasonix');
    });

    it('keeps URLs without a password, and ports, unchanged', () => {
      for (const text of ['open https://app.planasonix.com:443/login?next=/home', 'git clone git@github.com:org/repo.git', 'mailto:someone@example.com']) {
        expect(redactSecrets(text)).toEqual({ text, found: [] });
      }
    });
  });

  describe('a password typed on its own', () => {
    it.each([
      ['I typed P@ssw0rd123 as my password', 'I typed [REDACTED] as my password'],
      ['tried Sup3rS3cret! twice, still locked out', 'tried [REDACTED] twice, still locked out'],
      ['is it "Tr0ub4dor&3"?', 'is it "[REDACTED]"?'],
    ])('%j', (input, expected) => {
      expect(redactSecrets(input)).toEqual({ text: expected, found: ['password'] });
    });

    it('needs all of lowercase, uppercase, digit and symbol, 8 to 64 characters, and is never a URL or e-mail address', () => {
      for (const text of ['password1!', 'PASSWORD1!', 'Password!!', 'Password12', 'P@ss1w', 'OAuth2.0 flow', 'Chrome/120.0 on macOS-14', 'https://app.planasonix.com/Login?Tenant=Acme1', 'mail John.Doe2@Example.com', `x${'Aa1!'.repeat(17)}`]) {
        expect(redactSecrets(text)).toEqual({ text, found: [] });
      }
    });
  });

  describe('vendor tokens and Authorization headers', () => {
    it.each([
      ['slack xoxb-1234567890-abcdefghij broke', 'xoxb-1234567890-abcdefghij'],
      ['app token xapp-1-A0123456789-1234567890-abcdef', 'xapp-1-A0123456789-1234567890-abcdef'],
      ['stripe sk_live_51HxYzAbCdEf0123456789 fails', 'sk_live_51HxYzAbCdEf0123456789'],
      ['restricted rk_live_51HxYzAbCdEf0123456789 fails', 'rk_live_51HxYzAbCdEf0123456789'],
      ['Authorization: Basic dXNlcjpwYXNz', 'dXNlcjpwYXNz'],
      ['authorization=Digest abcdefgh', 'abcdefgh'],
    ])('%j', (input, secret) => {
      const { text, found } = redactSecrets(input);
      expect(text).not.toContain(secret);
      expect(text).toMatch(/\[REDACTED (?:API KEY|TOKEN)\]/);
      expect(found).toHaveLength(1);
    });

    it('keeps placeholders and prose about the schemes', () => {
      for (const text of ['is it Authorization: Bearer <key> or Authorization: Token <key>?', 'Basic authentication is disabled', 'use Authorization: Bearer $PLANASONIX_API_KEY']) {
        expect(redactSecrets(text)).toEqual({ text, found: [] });
      }
    });
  });

  it('leaves ordinary support questions exactly as typed', () => {
    for (const text of ['my api key is invalid', 'the token is expired since 2024', 'key rotation broke our CI', 'token 401 from the API', 'PLANASONIX_API_KEY is empty in GitHub Actions', 'password 403 forbidden', 'curl -u works locally', 'my password is wrong', 'the refresh token expired.', 'ACS URL https://app.planasonix.com/saml/acs/', 'x.509 certificate', 'POST /v1/pipelines/{id}/runs', 'AKIA is not a word', 'SAML2.0 with Azure AD (Entra ID) returns AADSTS50011', 'our SCIM token expired after 90 days']) {
      expect(redactSecrets(text)).toEqual({ text, found: [] });
    }
  });

  it('scans 40,000 characters of adversarial text in linear time (no regular-expression backtracking blow-up)', () => {
    // Measured 700–1,600 ms for `+a+a…` and `aB3-aB3-…` with an unbounded URL scheme pattern; about 3 ms now.
    for (const unit of ['+a', 'aB3-', 'aB3/', 'https://', 'password is ', "password: '", 'Authorization: Basic ', 'Aa1!', 'eyJabcde.', 'a/B1']) {
      const text = unit.repeat(Math.ceil(40_000 / unit.length)).slice(0, 40_000);
      const started = performance.now();
      redactSecrets(text);
      expect(performance.now() - started, unit).toBeLessThan(250);
    }
  });
});

describe('withoutRedactionMarkers', () => {
  it('drops the markers and keeps what the person wrote', () => {
    expect(withoutRedactionMarkers(redactSecrets('sk_live_4eC39HqLyjWDarjtT1zdp7dc').text).trim()).toBe('');
    expect(withoutRedactionMarkers(redactSecrets('my key sk_live_4eC39HqLyjWDarjtT1zdp7dc gets 401').text).replace(/\s+/g, ' ')).toBe('my key gets 401');
    expect(withoutRedactionMarkers('no secrets [here] at all')).toBe('no secrets [here] at all');
    // The header name and scheme pasted with a token are part of it; a scheme word elsewhere stays.
    expect(withoutRedactionMarkers(redactSecrets('Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl').text).trim()).toBe('');
    expect(withoutRedactionMarkers('Bearer [REDACTED TOKEN]').trim()).toBe('');
    expect(withoutRedactionMarkers('which bearer scheme? [REDACTED TOKEN]').replace(/\s+/g, ' ').trim()).toBe('which bearer scheme?');
  });
});
