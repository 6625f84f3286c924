import { describe, expect, it } from 'vitest';
import { splitClauses } from './clauses.js';

describe('splitClauses', () => {
  it('splits sentences and joiners such as "also" and "and my"', () => {
    expect(splitClauses('my invite expired and also I lost my 2fa phone')).toEqual(['my invite expired', 'I lost my 2fa phone']);
    expect(splitClauses('my password gets rejected and my colleague says her invite link is expired. Can you help?')).toEqual([
      'my password gets rejected',
      'my colleague says her invite link is expired.',
      'Can you help?',
    ]);
  });

  it('keeps "and" inside a phrase', () => {
    expect(splitClauses('the ACS URL and Entity ID do not match')).toEqual(['the ACS URL and Entity ID do not match']);
  });

  it('merges a one-word fragment into the clause before it', () => {
    expect(splitClauses('401 again. Help')).toEqual(['401 again. Help']);
  });
});
