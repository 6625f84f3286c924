import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { words } from '../../src/text/terms.js';
import { loadSplits } from './schema.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Jaccard similarity of two word sets, in [0, 1]. */
function jaccard(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((word) => b.has(word)).length;
  return shared / Math.max(1, a.size + b.size - shared);
}

/** Share of words two messages may have in common (Jaccard of their word sets) before one counts as a near copy of the other. */
const nearCopy = 0.6;

describe('knowledge/exemplars.yaml against the eval dataset', () => {
  it('holds no eval case, nor a near copy of one (word Jaccard ≥ 0.6), so the eval measures the exemplar vote on unseen messages', async () => {
    const bank = parse(await readFile(path.resolve(here, '../../knowledge/exemplars.yaml'), 'utf8')) as { answered: { questions: string[] }[]; not_answered: { questions: string[] }[] };
    const exemplars = [...bank.answered, ...bank.not_answered].flatMap((group) => group.questions).map((text) => ({ text, words: new Set(words(text)) }));
    const splits = await loadSplits(path.resolve(here, '../datasets'));
    const cases = [...splits.dev, ...splits.test].map((item) => ({ id: item.id, words: new Set(words(item.question)) }));
    expect(exemplars.length).toBeGreaterThan(1000);
    const copies = cases.flatMap((item) => exemplars.filter((exemplar) => jaccard(item.words, exemplar.words) >= nearCopy).map((exemplar) => `${item.id} ~ ${exemplar.text}`));
    expect(copies).toEqual([]);
  });
});
