import { describe, expect, it } from 'vitest';
import { computeSlackSignature, verifySlackSignature } from './verify-signature.js';

// The worked example of Slack's "Verifying requests from Slack" documentation.
const docSecret = '8f742231b10e8888abcd99yyyzzz85a5';
const docTimestamp = '1531420618';
const docBody =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const docSignature = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';
const docNowMs = Number(docTimestamp) * 1000;
const bytes = (text: string) => new TextEncoder().encode(text);

const verify = (overrides: Partial<Parameters<typeof verifySlackSignature>[0]> = {}) =>
  verifySlackSignature({ signingSecret: docSecret, timestamp: docTimestamp, signature: docSignature, rawBody: bytes(docBody), nowMs: docNowMs, ...overrides });

describe('computeSlackSignature', () => {
  it("reproduces the signature of Slack's documented example", () => {
    expect(computeSlackSignature(docSecret, docTimestamp, docBody)).toBe(docSignature);
    expect(computeSlackSignature(docSecret, docTimestamp, bytes(docBody))).toBe(docSignature);
  });
});

describe('verifySlackSignature', () => {
  it("accepts Slack's documented example at its own time", () => {
    expect(verify()).toEqual({ valid: true });
  });

  it('accepts a timestamp exactly five minutes away, either way', () => {
    expect(verify({ nowMs: docNowMs + 300_000 })).toEqual({ valid: true });
    expect(verify({ nowMs: docNowMs - 300_000 })).toEqual({ valid: true });
  });

  it('refuses a timestamp more than five minutes old or ahead (replays)', () => {
    expect(verify({ nowMs: docNowMs + 301_000 })).toEqual({ valid: false, reason: 'stale_timestamp' });
    expect(verify({ nowMs: docNowMs - 301_000 })).toEqual({ valid: false, reason: 'stale_timestamp' });
  });

  it('refuses a tampered body, a wrong secret and a re-dated signature', () => {
    expect(verify({ rawBody: bytes(docBody.replace('text=', 'text=deploy')) })).toEqual({ valid: false, reason: 'bad_signature' });
    expect(verify({ signingSecret: 'another-secret' })).toEqual({ valid: false, reason: 'bad_signature' });
    expect(verify({ timestamp: '1531420619', nowMs: docNowMs })).toEqual({ valid: false, reason: 'bad_signature' });
  });

  it('refuses malformed signatures without throwing (other version, wrong length, empty hex)', () => {
    expect(verify({ signature: docSignature.replace('v0=', 'v1=') })).toEqual({ valid: false, reason: 'bad_signature' });
    expect(verify({ signature: docSignature.slice(0, -2) })).toEqual({ valid: false, reason: 'bad_signature' });
    expect(verify({ signature: 'v0=' })).toEqual({ valid: false, reason: 'bad_signature' });
  });

  it('refuses missing headers and timestamps that are not whole seconds', () => {
    expect(verify({ signature: undefined })).toEqual({ valid: false, reason: 'missing_headers' });
    expect(verify({ timestamp: undefined })).toEqual({ valid: false, reason: 'missing_headers' });
    expect(verify({ timestamp: '1531420618.0' })).toEqual({ valid: false, reason: 'malformed_timestamp' });
    expect(verify({ timestamp: '-1531420618' })).toEqual({ valid: false, reason: 'malformed_timestamp' });
  });
});
