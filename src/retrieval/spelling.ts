import { editDistance, typoBudget } from '../text/edit-distance.js';
import { words } from '../text/terms.js';

/**
 * Corrects typos in a question against a domain vocabulary (the guide's words
 * and the glossary's terms): a word that is neither in the domain vocabulary
 * nor a known English word (`isKnownWord`, e.g. the GloVe vocabulary) is
 * replaced by the closest domain word within {@link typoBudget} edits, when
 * there is exactly one closest. "autenticator" → "authenticator", "lsot" stays
 * (no domain word within 1 edit) unless the domain has "lost".
 */
export class SpellingCorrector {
  private readonly vocabulary: string[];
  private readonly known: Set<string>;

  /** @param domainWords - lowercase words of the guide and glossary. */
  constructor(domainWords: Iterable<string>, private readonly isKnownWord: (word: string) => boolean) {
    this.known = new Set(domainWords);
    this.vocabulary = [...this.known].filter((word) => word.length >= 4);
  }

  /** The question with hyphenated domain words joined and unknown words replaced by their correction; unchanged when nothing is corrected. */
  correct(text: string): string {
    // "pass-word", "e-mail", "log-in": a hyphenated token whose joined form is a domain word is that word
    // (a hyphen otherwise separates words, so "pass-word" would be lost as "pass" + "word").
    let corrected = text.replace(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu, (token) => {
      const joined = token.replace(/-/g, '').toLowerCase();
      return this.known.has(joined) ? joined : token;
    });
    for (const word of new Set(words(corrected))) {
      if (this.known.has(word) || this.isKnownWord(word) || /\d/.test(word)) continue;
      const replacement = this.closest(word);
      if (replacement) corrected = corrected.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'giu'), replacement);
    }
    return corrected;
  }

  private closest(word: string): string | undefined {
    const budget = typoBudget(word.length);
    if (budget === 0) return undefined;
    let best: string | undefined;
    let bestDistance = budget + 1;
    let tie = false;
    for (const candidate of this.vocabulary) {
      const distance = editDistance(word, candidate, budget);
      if (distance < bestDistance) [best, bestDistance, tie] = [candidate, distance, false];
      else if (distance === bestDistance && candidate !== best) tie = true;
    }
    return tie ? undefined : best;
  }
}

/** `text` as a literal in a `u`-flag pattern (where an escaped `-` outside a class is a syntax error, so `-` stays as it is). */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
