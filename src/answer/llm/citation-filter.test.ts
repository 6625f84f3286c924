import { describe, expect, it } from 'vitest';

import { createCitationFilter, keepValidCitations } from './citation-filter.js';

const valid = new Set([1, 2]);

describe('keepValidCitations', () => {
  it('removes markers that resolve to no source, with the blanks before them', () => {
    expect(keepValidCitations('Use backup codes [1]. Call us [7].', valid)).toEqual({
      text: 'Use backup codes [1]. Call us.',
      cited: [1],
    });
  });

  it('splits lists and keeps their valid numbers', () => {
    expect(keepValidCitations('Reset MFA [2, 7, 1].', valid)).toEqual({ text: 'Reset MFA [2][1].', cited: [1, 2] });
  });

  it('keeps line breaks before a removed marker and leaves links and non-numeric brackets alone', () => {
    expect(keepValidCitations('- Step one [1]\n[9] - see [the guide](https://x) [n]', valid).text).toBe(
      '- Step one [1]\n - see [the guide](https://x) [n]',
    );
  });

  it('returns no text when nothing valid is cited', () => {
    expect(keepValidCitations('Try again later [3].', valid)).toEqual({ text: undefined, cited: [] });
  });
});

describe('createCitationFilter', () => {
  it('holds a marker split across deltas until it is complete', () => {
    const filter = createCitationFilter(valid);
    expect(filter.push('Use codes [')).toBe('');
    expect(filter.push('1')).toBe('');
    expect(filter.push('] now')).toBe('Use codes [1] now');
    expect(filter.push(' [')).toBe('');
    expect(filter.push('8].')).toBe('.');
    expect(filter.end()).toBe('');
  });

  it('releases nothing until the first valid citation, then everything held', () => {
    const filter = createCitationFilter(valid);
    expect(filter.push('First sentence. ')).toBe('');
    expect(filter.push('Second [2]. Third')).toBe('First sentence. Second [2]. Third');
    expect(filter.end()).toBe('');
    expect([...filter.cited]).toEqual([2]);
  });

  it('releases an open bracket that cannot be a marker', () => {
    const filter = createCitationFilter(valid);
    filter.push('Cited [1]. ');
    expect(filter.push('[x')).toBe(' [x');
    expect(filter.end()).toBe('');
  });

  it('reports undefined at the end when no valid citation came', () => {
    const filter = createCitationFilter(valid);
    filter.push('No sources here [5]');
    expect(filter.end()).toBeUndefined();
  });
});
