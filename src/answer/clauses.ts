import { splitSentences } from '../text/sentences.js';

const joiners = /\s*(?:[;•]|\b(?:and also|also|plus|another (?:thing|issue|problem|question)|on top of that|separately|secondly|additionally|as well as|and then|but also|and (?=(?:my|our|her|his|their|i|we|a|another) ))\b)\s*/i;

/**
 * Splits a customer message into clauses that may each hold one problem:
 * sentences (ICU boundaries), then at joiners such as "also", "plus",
 * "another thing", ";". Clauses of fewer than 2 words are merged into the
 * previous one. The whole message is not included.
 *
 * @returns clauses in message order (at least one for non-blank text).
 */
export function splitClauses(message: string): string[] {
  const clauses: string[] = [];
  for (const sentence of splitSentences(message.replace(/\s+/g, ' '))) {
    for (const part of sentence.split(joiners)) {
      const trimmed = part.trim();
      if (trimmed === '') continue;
      if (trimmed.split(' ').length < 2 && clauses.length > 0) clauses[clauses.length - 1] += ` ${trimmed}`;
      else clauses.push(trimmed);
    }
  }
  return clauses;
}
