import { describe, expect, it } from 'vitest';
import { asksForQuantity, reportsProblem, reportsSuccessOnly } from './problem-report.js';

describe('reportsProblem', () => {
  it.each(['getting 403 when I trigger a run', "can't log in since monday", 'okta sends me back to the login page over and over', 'the hubspot source needs to be reauthorized', 'my yubikey snapped in half', 'invite email never arrived'])('sees a failure in %j', (text) => {
    expect(reportsProblem(text)).toBe(true);
  });

  it.each(['how much does the SSO plan cost?', 'which oauth scopes does the bigquery connector request', 'how do I create an API key'])('sees none in %j', (text) => {
    expect(reportsProblem(text)).toBe(false);
  });
});

describe('asksForQuantity', () => {
  it('catches how many / how long / what is the limit', () => {
    expect(asksForQuantity('how many wrong password attempts before it locks me out')).toBe(true);
    expect(asksForQuantity('How long does SCIM take to deactivate someone?')).toBe(true);
    expect(asksForQuantity("what's the limit on allowlist entries")).toBe(true);
    expect(asksForQuantity('how do I get back in')).toBe(false);
  });
});

describe('reportsSuccessOnly', () => {
  it('skips thanks and "it worked", but not a new problem or a question', () => {
    expect(reportsSuccessOnly('backup code worked, thanks!')).toBe(true);
    expect(reportsSuccessOnly('it worked for a week, now it fails again')).toBe(false);
    expect(reportsSuccessOnly('thanks, but what if I lost those codes too?')).toBe(false);
  });
});
