/**
 * Tells random strings (keys, secrets: base64 of random bytes) from long
 * words and paths that merely mix cases and digits, such as
 * `Users/JohnSmith/Documents/Projects2024`. In random base64 the character
 * class (lowercase, uppercase, digit) changes at about two of every three
 * adjacent pairs (0.6–1.0 measured on real-format keys; 0.34 on AWS's
 * documentation example `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`, half of
 * which is words); in words and CamelCase paths it changes mostly at word
 * starts (0.17 for the path above).
 */

/** Smallest share of adjacent character pairs whose class differs, for a string to count as random. */
export const minClassChangeRate = 0.3;

type CharacterClass = 'lower' | 'upper' | 'digit' | 'other';

function classOf(character: string): CharacterClass {
  if (character >= 'a' && character <= 'z') return 'lower';
  if (character >= 'A' && character <= 'Z') return 'upper';
  if (character >= '0' && character <= '9') return 'digit';
  return 'other';
}

/**
 * True when `text` has lowercase letters, uppercase letters and digits, and
 * at least {@link minClassChangeRate} of its adjacent letter/digit pairs
 * switch class (pairs next to `/`, `+`, `=` and the like are not counted).
 */
export function looksRandom(text: string): boolean {
  if (!/[a-z]/.test(text) || !/[A-Z]/.test(text) || !/\d/.test(text)) return false;
  let pairs = 0;
  let changes = 0;
  for (let index = 1; index < text.length; index += 1) {
    const before = classOf(text[index - 1]!);
    const after = classOf(text[index]!);
    if (before === 'other' || after === 'other') continue;
    pairs += 1;
    if (before !== after) changes += 1;
  }
  return pairs > 0 && changes / pairs >= minClassChangeRate;
}
