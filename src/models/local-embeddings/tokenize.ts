/**
 * Tokenisation for the local embeddings. A token is a run of letters and
 * digits, optionally joined by inner hyphens or apostrophes: `re-consent`,
 * `2fa`, `401`, `don't` are single tokens; `client_secret`, `x.509` and
 * `/login` split at the punctuation.
 */

const TOKEN_PATTERN = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;
/** `n't` contractions whose stem is not just the word minus its `n`. */
const NEGATION_STEMS: Record<string, string> = { can: 'can', ca: 'can', won: 'will', don: 'do', shan: 'shall' };
const CLITICS = new Set(['s', 're', 've', 'll', 'd', 'm']);

/** Lowercase (NFKC-normalised, curly apostrophes made straight) tokens of `text`, in order. */
export function tokenize(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").match(TOKEN_PATTERN) ?? [];
}

/**
 * Vocabulary words for one token, trying the whole token first:
 * - known as is (`re-enter`, `wi-fi`, `2fa` if present) → `[token]`;
 * - hyphenated → each part resolved (`re-consent` → `re`, `consent`);
 * - `n't` contraction → stem + `not` (`can't` → `can`, `not`; `isn't` → `is`, `not`);
 * - other clitics (`'s`, `'re`, `'ll`, …) are dropped (`user's` → `user`);
 * - otherwise `[]` (out of vocabulary, e.g. bare numbers such as `401`,
 *   which wink's vocabulary does not contain).
 *
 * @param isKnown - vocabulary membership test for a lowercase word.
 */
export function resolveToken(token: string, isKnown: (word: string) => boolean): string[] {
  if (isKnown(token)) return [token];
  if (token.includes('-')) return token.split('-').flatMap((part) => resolveToken(part, isKnown));
  const apostrophe = token.indexOf("'");
  if (apostrophe === -1) return [];
  const head = token.slice(0, apostrophe);
  const tail = token.slice(apostrophe + 1);
  if (tail === 't' && head.endsWith('n')) {
    const stem = NEGATION_STEMS[head] ?? head.slice(0, -1);
    return [...resolveToken(stem, isKnown), ...resolveToken('not', isKnown)];
  }
  return CLITICS.has(tail) ? resolveToken(head, isKnown) : [head, tail].flatMap((part) => resolveToken(part, isKnown));
}

/** Known vocabulary words of `text`, in order; see {@link tokenize} and {@link resolveToken}. */
export function knownWords(text: string, isKnown: (word: string) => boolean): string[] {
  return tokenize(text).flatMap((token) => resolveToken(token, isKnown));
}
