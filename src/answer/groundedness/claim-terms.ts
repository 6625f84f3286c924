/**
 * The words a groundedness check compares: Markdown → plain words → content
 * stems. Shared by the chat answerer's grounding check and the eval metrics
 * (`evals/metrics/`), so the bot enforces exactly what the eval measures.
 */
import { eng as englishStopWords } from 'stopword';
import { stemmer } from 'stemmer';

/**
 * Words that talk about the guide rather than the product ("the guide lists
 * clock skew as a cause but gives no steps"): a claim is not less grounded
 * for saying them.
 */
const guideTalk = ['guide', 'section', 'sections', 'topic', 'topics', 'step', 'steps', 'list', 'lists', 'listed', 'name', 'names', 'named', 'mention', 'mentions', 'cover', 'covers', 'give', 'gives', 'cause', 'causes', 'says'];

/**
 * Stop words the check ignores: the `stopword` package's English list
 * (108 function words) plus words about the guide itself. Negations ("not",
 * "no") are not in it and stay content words. Kept separate from
 * `src/text/terms.ts` (the retrieval tokenizer) on purpose, so a retrieval
 * change cannot move the grounding check or the eval figures.
 */
export const claimStopWords: ReadonlySet<string> = new Set([...englishStopWords, ...guideTalk]);

/** Inline citation markers: `[1]`, `[1][2]`, `[1, 2]`. */
const citationPattern = /\[(\d+(?:\s*,\s*\d+)*)\]/g;

/**
 * The citation numbers in `text`, in order of appearance, with repeats.
 *
 * @example citationNumbers('Do X [1][2]. Do Y [1, 3].') // [1, 2, 1, 3]
 */
export function citationNumbers(text: string): number[] {
  return [...text.matchAll(citationPattern)].flatMap((match) => match[1]!.split(',').map((part) => Number(part.trim())));
}

/**
 * Markdown → plain words: drops citation markers, link targets, inline code
 * ticks, emphasis, list and quote markers; lowercases; replaces punctuation
 * with spaces (hyphenated words become two words: `re-import` → `re import`).
 *
 * @returns lowercase words, in order (digits kept, e.g. `401`, `x`, `509`).
 */
export function normalizedWords(markdown: string): string[] {
  const plain = markdown
    .replace(citationPattern, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:[-*+>]|\d+[.)])\s+/gm, ' ')
    .toLowerCase()
    .normalize('NFKC')
    .replace(/['’]/g, '');
  return plain.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Content-word stems of `markdown`: {@link normalizedWords} without stop
 * words and one-letter words, each Porter-stemmed (package `stemmer`;
 * Porter 1980, "An algorithm for suffix stripping"). Numbers are kept as is.
 */
export function contentStems(markdown: string): string[] {
  return normalizedWords(markdown)
    .filter((word) => word.length > 1 && !claimStopWords.has(word))
    .map((word) => (/^\p{N}+$/u.test(word) ? word : stemmer(word)));
}

/** Adjacent pairs of `terms`, joined with a space. */
export function bigrams(terms: readonly string[]): string[] {
  return terms.slice(1).map((term, index) => `${terms[index]} ${term}`);
}
