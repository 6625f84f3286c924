import { describe, expect, it } from 'vitest';
import { bigrams, citationNumbers, contentStems, normalizedWords } from './claim-terms.js';

describe('citationNumbers', () => {
  it('reads [n], [n][m] and [n, m] markers in order', () => {
    expect(citationNumbers('Do X [1][2]. Do Y [1, 3]. Not a citation: [a].')).toEqual([1, 2, 1, 3]);
  });
});

describe('normalizedWords', () => {
  it('drops citations, Markdown and punctuation, and lowercases', () => {
    expect(normalizedWords('**Check** the `Authorization` header [2] — see [docs](http://x).')).toEqual([
      'check',
      'the',
      'authorization',
      'header',
      'see',
      'docs',
    ]);
  });
  it('splits hyphenated words and drops list markers', () => {
    expect(normalizedWords('- Re-import it')).toEqual(['re', 'import', 'it']);
    expect(normalizedWords('2. Don’t wait')).toEqual(['dont', 'wait']);
  });
});

describe('contentStems', () => {
  it('drops stop words and Porter-stems the rest', () => {
    expect(contentStems('Re-import the IdP metadata after certificate rotation [1].')).toEqual([
      're',
      'import',
      'idp',
      'metadata',
      'certif',
      'rotat',
    ]);
  });
  it('keeps numbers and negations', () => {
    expect(contentStems('401 is not the 403 error')).toEqual(['401', 'not', '403', 'error']);
  });
});

describe('bigrams', () => {
  it('pairs adjacent terms', () => {
    expect(bigrams(['a', 'b', 'c'])).toEqual(['a b', 'b c']);
    expect(bigrams(['a'])).toEqual([]);
  });
});
