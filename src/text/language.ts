import * as stopwordLists from 'stopword';
import { words } from './terms.js';

/** Latin-script languages whose stop-word lists (package `stopword`) are compared with English's. */
const candidates = ['deu', 'fra', 'spa', 'por', 'ita', 'nld', 'pol', 'swe', 'dan', 'nob', 'fin', 'ces', 'ron', 'tur', 'ind'] as const;

const english = new Set(stopwordLists.eng);
const lists = candidates.map((code) => ({ code, words: new Set((stopwordLists as unknown as Record<string, string[]>)[code]!.filter((word) => !english.has(word))) }));

/**
 * Detects a message written in another language than English by counting
 * stop words (function words are the most reliable language signal in short
 * texts; cf. Grefenstette 1995, "Comparing two language identification
 * schemes"): the language whose stop words (minus English ones) occur most
 * wins when it has at least 3 and more than English has. Non-Latin scripts
 * (no Latin letters at all) count as non-English too.
 *
 * @returns an ISO 639-3 code such as `por`, `other` for a non-Latin script, or undefined for English (or too little text to tell).
 */
export function detectNonEnglish(text: string): string | undefined {
  if (/\p{L}/u.test(text) && !/[a-z]/i.test(text)) return 'other';
  const tokens = words(text);
  const englishCount = tokens.filter((token) => english.has(token)).length;
  let best: { code: string; count: number } | undefined;
  for (const { code, words: list } of lists) {
    const count = tokens.filter((token) => list.has(token)).length;
    if (!best || count > best.count) best = { code, count };
  }
  return best && best.count >= 3 && best.count > englishCount ? best.code : undefined;
}
