import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { stem, words } from '../../text/terms.js';
import { generateSyntheticCorpus } from '../../testing/synthetic-corpus.js';
import { loadGlossary, type GlossaryGroup, type GlossaryMatch } from './glossary.js';
import { RecentResults } from '../recent-results.js';

const glossary = loadGlossary('knowledge/glossary.yaml');

/** The phrase matching as first written (every term slid over the text): the indexed version must agree with it exactly. */
function referenceMatch(groups: GlossaryGroup[], text: string): GlossaryMatch[] {
  const stemmed = (value: string) => words(value).map(stem);
  const terms = groups
    .flatMap((group) => [...group.guide, ...group.customer].map((term) => ({ words: stemmed(term), group })))
    .filter((term) => term.words.length > 0)
    .sort((left, right) => right.words.length - left.words.length);
  const sequence = stemmed(text);
  const matches = new Map<GlossaryGroup, Set<number>>();
  for (const term of terms) {
    for (let start = 0; start + term.words.length <= sequence.length; start += 1) {
      if (!term.words.every((word, offset) => sequence[start + offset] === word)) continue;
      const positions = matches.get(term.group) ?? new Set<number>();
      for (let offset = 0; offset < term.words.length; offset += 1) positions.add(start + offset);
      matches.set(term.group, positions);
    }
  }
  return [...matches].map(([group, positions]) => ({ group, positions: [...positions].sort((a, b) => a - b) }));
}

const datasetQuestions = ['dev', 'test'].flatMap((split) => (parseYaml(fs.readFileSync(`evals/datasets/${split}.yaml`, 'utf8')) as { question: string }[]).map((item) => item.question));
const texts = [...datasetQuestions, ...generateSyntheticCorpus({ chunks: 100, questions: 50 }).questions, '', 'okta okta okta', 'lost phone, new phone and my authenticator app on a new phone'];

describe('Glossary.match', () => {
  it('finds exactly what sliding every term over the text finds, in the same order', () => {
    expect(texts.length).toBeGreaterThan(200);
    for (const text of texts) expect(glossary.match(text), text).toEqual(referenceMatch(glossary.groups, text));
  });

  it('returns fresh results from its memory (callers may change them)', () => {
    const first = glossary.match('I lost my phone with the authenticator app');
    first[0]!.positions.push(99);
    expect(glossary.match('I lost my phone with the authenticator app')).toEqual(referenceMatch(glossary.groups, 'I lost my phone with the authenticator app'));
  });

  it('expands a customer term with its group’s guide terms', () => {
    expect(glossary.expand('my yubikey broke')).toBe('my yubikey broke\nhardware keys');
  });
});

describe('RecentResults', () => {
  it('computes once per kept key and forgets the least recently used', () => {
    const calls: string[] = [];
    const recent = new RecentResults<string, number>(2);
    const get = (key: string) => recent.get(key, (value) => (calls.push(value), value.length));
    get('a');
    get('bb');
    get('a'); // kept, now most recent
    get('ccc'); // evicts bb
    get('bb');
    expect(calls).toEqual(['a', 'bb', 'ccc', 'bb']);
  });
});

describe('loadGlossary', () => {
  it('says a missing glossary file is needed and how to get one', () => {
    expect(() => loadGlossary('no-such-dir/glossary.yaml')).toThrow(/Glossary .*no-such-dir\/glossary\.yaml does not exist\. Every knowledge directory needs one \(copy knowledge\/glossary\.yaml and adapt it\), or set GLOSSARY_PATH/);
  });
});
