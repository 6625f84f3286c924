import { describe, expect, it } from 'vitest';
import { groundedness } from './groundedness.js';

const source = 'Login failures › SSO configuration issues › Metadata and endpoints\nRe-import the IdP metadata after certificate rotation.';

describe('groundedness', () => {
  it('is 1 for a claim copied from the source', () => {
    expect(groundedness('Re-import the IdP metadata after certificate rotation [1].', source)).toBe(1);
  });
  it('counts unigrams and bigrams', () => {
    // claim stems: restart idp server → unigrams 3 (idp found), bigrams "restart idp", "idp server" (none found) → 1/5
    expect(groundedness('Restart the IdP server.', source)).toBeCloseTo(0.2);
    // stems: re import idp metadata rotat pend → 5 of 6 unigrams; bigrams: re import, import idp, idp metadata found;
    // "metadata rotat", "rotat pend" not → (5 + 3) / (6 + 5) = 8/11
    expect(groundedness('Re-import IdP metadata, rotation pending.', source)).toBeCloseTo(8 / 11);
  });
  it('is 1 for a claim with no content words', () => {
    expect(groundedness('It is [1].', source)).toBe(1);
  });
});
