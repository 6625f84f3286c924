import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseKnowledgePage } from './parse-markdown.js';

const guide = parseKnowledgePage(fs.readFileSync('knowledge/login-failures.md', 'utf8'), 'login-failures.md');
const byId = new Map(guide.map((chunk) => [chunk.id, chunk]));

describe('parseKnowledgePage on the real guide', () => {
  it('makes one chunk per section and sub-topic, with stable ids', () => {
    expect(guide.map((chunk) => chunk.id)).toEqual([
      'login-failures/invalid-email-or-password',
      'login-failures/account-disabled-or-invite-not-accepted',
      'login-failures/browser-or-cookie-issues',
      'login-failures/sso-configuration-issues',
      'login-failures/sso-configuration-issues/metadata-and-endpoints',
      'login-failures/sso-configuration-issues/attribute-mapping',
      'login-failures/sso-configuration-issues/clock-skew',
      'login-failures/api-key-problems/401-invalid-key',
      'login-failures/api-key-problems/403-insufficient-scope',
      'login-failures/api-key-problems/key-stored-in-an-environment-variable-not-loaded',
      'login-failures/oauth-token-expiry',
      'login-failures/mfa-recovery',
      'login-failures/ip-lockout-recovery',
      'login-failures/ip-lockout-recovery/api-calls-from-automation',
      'login-failures/related-topics',
    ]);
  });

  it('keeps heading paths, GitHub-style anchors and the source file', () => {
    const clockSkew = byId.get('login-failures/sso-configuration-issues/clock-skew')!;
    expect(clockSkew.section).toBe('Login failures › SSO configuration issues › Clock skew');
    expect(clockSkew.anchor).toBe('clock-skew');
    expect(clockSkew.source).toBe('login-failures.md');
    expect(byId.get('login-failures/api-key-problems/401-invalid-key')!.anchor).toBe('401--invalid-key');
  });

  it('separates remediation steps from lead sentences', () => {
    const mfa = byId.get('login-failures/mfa-recovery')!;
    expect(mfa.lead).toEqual(['If you lose your TOTP device:']);
    expect(mfa.steps).toEqual([
      'Use the backup codes you stored offline during enrollment.',
      'Ask an admin to reset MFA after identity verification, per your policy.',
      'For hardware keys, register a second key before travel.',
    ]);
    expect(byId.get('login-failures/api-key-problems/401-invalid-key')!.steps).toEqual(['Confirm the Authorization scheme and check the header for trailing whitespace.']);
  });

  it('keeps heading-only sections as chunks with no steps, and gives sub-sections their parent as context', () => {
    const browser = byId.get('login-failures/browser-or-cookie-issues')!;
    expect(browser.text).toBe('');
    expect(browser.steps).toEqual([]);
    expect(byId.get('login-failures/sso-configuration-issues/metadata-and-endpoints')!.context).toContain('Invalid SAML response');
  });

  it('rejects a page without a title', () => {
    expect(() => parseKnowledgePage('# No front matter\n\ntext', 'bad.md')).toThrow(/bad\.md: front matter needs a `title`/);
  });
});
