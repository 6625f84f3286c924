import { describe, expect, it } from 'vitest';
import type { Chunk } from '../ingest/chunk.js';
import { Glossary } from './glossary/glossary.js';
import { words } from '../text/terms.js';
import { domainVocabulary } from './domain-vocabulary.js';
import { testChunk } from '../testing/test-chunk.js';

const chunk = (heading: string, text: string): Chunk => testChunk(heading, { text });

describe('domainVocabulary', () => {
  const chunks = [chunk('MFA recovery', 'Use a backup code.\n- Ask an admin to reset MFA.'), chunk('SSO', "Check the IdP's X.509 certificate.")];
  const glossary = new Glossary([{ guide: ['backup code'], customer: ['recovery codes', 'Re-Consent'] }]);

  it('lists the distinct words of sections, texts and glossary terms in order of first occurrence', () => {
    expect(domainVocabulary(chunks, glossary)).toEqual(['guide', 'mfa', 'recovery', 'use', 'a', 'backup', 'code', 'ask', 'an', 'admin', 'to', 'reset', 'sso', 'check', 'the', 'idps', 'x.509', 'certificate', 'codes', 're', 'consent']);
  });

  it('tokenises the corpus once per chunks and glossary', () => {
    expect(domainVocabulary(chunks, glossary)).toBe(domainVocabulary(chunks, glossary));
    expect(domainVocabulary(chunks, new Glossary([]))).toEqual(domainVocabulary(chunks, glossary).slice(0, 18));
  });

  it('finds the words that tokenising the whole corpus finds (final sigma, NFKC, no-break space, punctuation)', () => {
    const tricky = [chunk('ΟΔΟΣ ΟΔΟΣ.', 'Ｆｕｌｌ-width ﬁle\u00a0names, x.509; don’t\tre-consent ΟΔΟΣ'), chunk('Re-Consent', 'ΣΑΣ: x.509, don’t')];
    const whole = [...new Set(words(tricky.map((item) => `${item.section}\n${item.text}`).join('\n')))];
    expect(domainVocabulary(tricky, new Glossary([]))).toEqual(whole);
    expect(whole).toContain('οδος');
  });
});
