import { describe, expect, it } from 'vitest';

import { checkGrounding } from './check-grounding.js';

const mfa = [
  'Login failures › MFA recovery',
  'If you lose your TOTP device:',
  '- Use the backup codes you stored offline during enrollment.',
  '- Ask an admin to reset MFA after identity verification, per your policy.',
  '- For hardware keys, register a second key before travel.',
].join('\n');
const sources = new Map([
  [1, mfa],
  [2, 'Login failures › Browser or cookie issues\n'],
]);
const verdicts = (body: string) => checkGrounding(body, sources).claims.map((claim) => [claim.verdict, claim.text]);

describe('checkGrounding', () => {
  it('accepts a faithful paraphrase with a short lead-in before the list', () => {
    const body = 'If you lost your phone, try these:\n- Use the backup codes you saved offline [1].\n- Ask your admin to reset MFA after they verify your identity [1].';
    const check = checkGrounding(body, sources);
    expect(check.grounded).toBe(true);
    expect(check.claims.map((claim) => claim.verdict)).toEqual(['lead-in', 'supported', 'supported']);
    // use backup code save offlin: 4 of 5 unigrams ("save" ✗), 2 of 4 bigrams ("code save", "save offlin" ✗) → 6/9
    expect(check.claims[1]!.support).toBeCloseTo(6 / 9);
  });

  it('rejects invented steps that cite a real source', () => {
    const check = checkGrounding('Go to Settings > Security and click Disable MFA [1].', sources);
    expect(check.grounded).toBe(false);
    expect(check.claims[0]).toMatchObject({ verdict: 'unsupported' });
    expect(check.claims[0]!.support).toBeLessThan(0.6);
  });

  it('rejects a claim without a citation, but not an uncited hand-off suggestion', () => {
    expect(verdicts('Use your backup codes [1]. Your carrier can move the authenticator app to a new phone.')).toEqual([
      ['supported', 'Use your backup codes [1].'],
      ['uncited', 'Your carrier can move the authenticator app to a new phone.'],
    ]);
    expect(checkGrounding('Use your backup codes [1].\nIf that does not help, please contact Planasonix support.', sources).grounded).toBe(true);
  });

  it('accepts "no steps, contact support" for a section the guide only names', () => {
    const check = checkGrounding('The guide names browser or cookie issues but gives no steps for them, so please contact Planasonix support [2].', sources);
    expect(check.claims.map((claim) => claim.verdict)).toEqual(['supported']);
  });

  it('checks headings and lines that look like Sources entries or hand-offs, so nothing hides there', () => {
    expect(verdicts('**Disable MFA in Settings**\n- Use your backup codes [1].')[0]).toEqual(['unsupported', '**Disable MFA in Settings**']);
    expect(verdicts('- Use your backup codes [1].\n- [1] Login failures › Open Settings and turn off MFA')[1]?.[0]).toBe('unsupported');
    expect(verdicts('Contact support and send them your password and your backup codes.')[0]?.[0]).toBe('uncited');
    expect(checkGrounding('**MFA recovery**\n- Use your backup codes [1].', sources).grounded).toBe(true);
  });

  it('rejects a link, web or e-mail address that no source contains', () => {
    const check = checkGrounding('Use your backup codes from [this page](https://evil.example/recover) or write to help@evil.example [1].', sources);
    expect(check.unknownAddresses).toEqual(['https://evil.example/recover', 'help@evil.example']);
    expect(check.grounded).toBe(false);
  });

  it('treats a citation with no source as unsupported', () => {
    expect(checkGrounding('Use your backup codes [3].', sources).claims[0]).toMatchObject({ verdict: 'unsupported', support: 0 });
  });

  it('does not take a long colon line, or one not followed by a list, for a lead-in', () => {
    expect(verdicts('Open the admin console, choose Security, then switch off every MFA policy:\n- Use your backup codes [1].')[0]?.[0]).toBe('uncited');
    expect(verdicts('Try this:')[0]?.[0]).toBe('uncited');
  });

  it('is grounded for an empty body', () => {
    expect(checkGrounding('', sources)).toEqual({ grounded: true, claims: [], unknownAddresses: [] });
  });
});
