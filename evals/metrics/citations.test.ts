import { describe, expect, it } from 'vitest';
import { citationValidity } from './citations.js';

const sources: Record<string, string> = {
  'login-failures/sso-configuration-issues/metadata-and-endpoints':
    'Login failures › SSO configuration issues › Metadata and endpoints\nRe-import the IdP metadata after certificate rotation.',
};
const sourceText = (id: string): string | undefined => sources[id];
const citations = [{ n: 1, id: 'login-failures/sso-configuration-issues/metadata-and-endpoints' }];

describe('citationValidity', () => {
  it('checks that markers resolve and cited claims are supported by the cited chunk', () => {
    const answer = [
      'Re-import the IdP metadata after certificate rotation [1].',
      '- Restart the IdP server [1].',
      '- Check the header [3].',
      '- A claim without a citation.',
      '',
      'Sources:',
      '[1] Login failures › SSO configuration issues › Metadata and endpoints',
    ].join('\n');
    const result = citationValidity(answer, citations, sourceText);
    expect(result.markers).toBe(4);
    expect(result.unresolved).toEqual([3]);
    expect(result.citedClaims).toBe(3);
    expect(result.supportedClaims).toBe(1);
    expect(result.uncitedClaims).toBe(1);
    // "Restart the IdP server": restart idp server → 1 of 3 unigrams, 0 of 2 bigrams → 0.2
    expect(result.claims.map((claim) => [claim.supported, Number(claim.support.toFixed(2)), claim.unresolved])).toEqual([
      [true, 1, []],
      [false, 0.2, []],
      [false, 0, [3]],
    ]);
  });

  it('takes a custom bar', () => {
    const result = citationValidity('Restart the IdP server [1].', citations, sourceText, { threshold: 0.2 });
    expect(result.supportedClaims).toBe(1);
  });

  it('treats a citation of an unknown chunk id as unresolved', () => {
    const result = citationValidity('Re-import the IdP metadata [1].', [{ n: 1, id: 'nowhere' }], sourceText);
    expect(result.claims[0]).toMatchObject({ supported: false, unresolved: [1] });
    expect(result.unresolved).toEqual([]);
  });
});
