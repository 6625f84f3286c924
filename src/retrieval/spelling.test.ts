import { describe, expect, it } from 'vitest';
import { SpellingCorrector } from './spelling.js';

const known = new Set(['my', 'the', 'was', 'and', 'is', 'token', 'not', 'after', 'it']);
const speller = new SpellingCorrector(['authenticator', 'reauthorized', 'connector', 'allowlist', 'password', 'email'], (word) => known.has(word));

describe('SpellingCorrector', () => {
  it('replaces an unknown word by the one domain word within its typo budget', () => {
    expect(speller.correct('my autenticator is not working')).toBe('my authenticator is not working');
    expect(speller.correct('the Conector was fine')).toBe('the connector was fine');
  });

  it('corrects hyphenated and dotted words without building an invalid pattern', () => {
    expect(() => speller.correct('the token was re-authorized after it expired')).not.toThrow();
    // A hyphen separates words (see `words`): each part is corrected on its own.
    expect(speller.correct('my autenticator-app token')).toBe('my authenticator-app token');
    expect(() => speller.correct('conector.v2 and a+b (x) [y] {z} ^$ | * ? \\')).not.toThrow();
  });

  it('leaves known words, words with digits and unmatched words alone', () => {
    expect(speller.correct('token 0auth2 xyzzyplugh')).toBe('token 0auth2 xyzzyplugh');
  });

  it('joins a hyphenated word whose joined form is a domain word, and leaves other hyphenated words alone', () => {
    expect(speller.correct('e-mail and Pass-Word rejected')).toBe('email and password rejected');
    expect(speller.correct('the sign-in page and my co-worker')).toBe('the sign-in page and my co-worker');
  });
});
