/**
 * Judges single words that look like a password typed on its own, as in
 * "I typed P@ssw0rd123 as my password": 8–64 characters without spaces,
 * with a lowercase letter, an uppercase letter, a digit and a symbol. Common
 * password policies (NIST SP 800-63B §A.3 describes the composition rules
 * sites impose) make users pick exactly such strings, while ordinary words,
 * version numbers (`x.509`, `OAuth2.0`), paths and URLs lack one of the four
 * or are excluded by shape.
 */

/** Shortest password-like word, in characters. */
export const minPasswordLength = 8;
/** Longest password-like word, in characters (longer strings are left to the key and token rules). */
export const maxPasswordLength = 64;

/** Symbols that mark a password; `.`, `-`, `_`, `/`, `:`, `,`, `;` and brackets are left out, since identifiers, versions and paths use them. */
const passwordSymbol = /[!@#$%^&*+=~?|\\<>]/;
/** Quotes and brackets around a word that are not part of it. */
const leadingWrapper = /^[("'`<[{]+/;
/** Sentence punctuation after a word (`!` is kept: `Sup3rS3cret!` ends with one). */
const trailingPunctuation = /[.,;:?)\]}"'`>]+$/;
/** URLs, `host/path`, e-mail addresses and earlier redaction markers are never passwords. */
const notAPassword = [/:\/\//, /^www\./i, /^[\w-]+(?:\.[\w-]+)+\//, /^[^@\s]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/, /REDACTED/];

/**
 * The password inside `word` (a run of non-space characters), without the
 * quotes, brackets and sentence punctuation around it; `undefined` when the
 * word does not look like a password.
 *
 * @returns `{start, end}` character offsets of the password within `word`.
 */
export function findPasswordLike(word: string): { start: number; end: number } | undefined {
  const start = leadingWrapper.exec(word)?.[0].length ?? 0;
  const end = word.length - (trailingPunctuation.exec(word.slice(start))?.[0].length ?? 0);
  const core = word.slice(start, end);
  if (core.length < minPasswordLength || core.length > maxPasswordLength) return undefined;
  if (!/[a-z]/.test(core) || !/[A-Z]/.test(core) || !/\d/.test(core) || !passwordSymbol.test(core)) return undefined;
  if (notAPassword.some((shape) => shape.test(core))) return undefined;
  return { start, end };
}
