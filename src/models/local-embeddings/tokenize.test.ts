import { describe, expect, it } from 'vitest';

import { knownWords, resolveToken, tokenize } from './tokenize.js';

const vocabulary = new Set(['re-enter', 're', 'consent', 'can', 'not', 'is', 'do', 'user', 'will', 'log', 'in', 'wi-fi', 'client', 'secret']);
const isKnown = (word: string): boolean => vocabulary.has(word);

describe('tokenize', () => {
  it('lowercases and keeps numbers, alphanumerics, inner hyphens and apostrophes', () => {
    expect(tokenize('Got 401 on 2FA; re-consent? Don’t use client_secret or x.509 -- /login')).toEqual([
      'got', '401', 'on', '2fa', 're-consent', "don't", 'use', 'client', 'secret', 'or', 'x', '509', 'login',
    ]);
  });

  it('returns [] for text without letters or digits', () => {
    expect(tokenize(' -- !! ')).toEqual([]);
  });
});

describe('resolveToken', () => {
  it('prefers the whole hyphenated form, else its parts', () => {
    expect(resolveToken('re-enter', isKnown)).toEqual(['re-enter']);
    expect(resolveToken('re-consent', isKnown)).toEqual(['re', 'consent']);
    expect(resolveToken('wi-fi', isKnown)).toEqual(['wi-fi']);
  });

  it("turns n't into stem + not and drops other clitics", () => {
    expect(resolveToken("can't", isKnown)).toEqual(['can', 'not']);
    expect(resolveToken("isn't", isKnown)).toEqual(['is', 'not']);
    expect(resolveToken("don't", isKnown)).toEqual(['do', 'not']);
    expect(resolveToken("won't", isKnown)).toEqual(['will', 'not']);
    expect(resolveToken("user's", isKnown)).toEqual(['user']);
  });

  it('drops unknown tokens such as bare numbers', () => {
    expect(resolveToken('401', isKnown)).toEqual([]);
  });
});

describe('knownWords', () => {
  it('chains tokenize and resolveToken', () => {
    expect(knownWords("Can't log in after re-consent (401)", isKnown)).toEqual(['can', 'not', 'log', 'in', 're', 'consent']);
  });
});
