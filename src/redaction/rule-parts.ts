/**
 * What the redaction rules (`secret-rules.ts`, `phrasing-rules.ts`) are made
 * of: the rule shape, and regular-expression fragments (source strings for
 * `new RegExp(…, 'giu')`) for the words that introduce a secret, the verbs
 * between word and value, and the shape of a value.
 */

/** What replaced a secret, by kind. */
export type SecretKind = 'private_key' | 'bearer_token' | 'jwt' | 'api_key' | 'password' | 'credential';

/** One redaction rule. */
export interface SecretRule {
  kind: SecretKind;
  /** A global regular expression. */
  pattern: RegExp;
  /**
   * Replacement: a string where `$1`… keep captured groups (e.g. the word
   * "password"), or a function of the match returning the replacement, or
   * `undefined` to keep the match (it was not a secret after all).
   */
  replacement: string | ((match: string) => string | undefined);
}

export const backtick = '`';

/** Words that introduce a password, in English, German, Spanish, French and Portuguese. */
export const passwordWord = String.raw`passwords?|passwd|passphrase|pass|passwort|kennwort|contraseña|contrasena|clave|mot de passe|mdp|senha|pwd|pw`;
/** Words that introduce an API key, token or client secret. */
export const keyWord = String.raw`client[_ ]secret|secret|api[_ -]?key|access[_ -]?key|token`;
/** Words after which any value is a secret when followed by `=`, `:` or the full-width `：`. */
export const secretWord = String.raw`${passwordWord}|client[_ ]secret|secret|api[_ -]?key|token`;
/** "is", "was", "is set to" and their German, Spanish, French and Portuguese forms. */
export const passwordVerb = String.raw`is set to|was set to|is now|is|was|ist|lautet|war|es|era|est|était|é`;
/**
 * A bare value that reads as a secret rather than a word: 4+ characters
 * without spaces or quotes, at least one a digit or symbol (so "wrong",
 * "rejected", "correctly" stay), not an earlier `[REDACTED …]` marker.
 */
export const secretLikeValue = String.raw`(?!\[REDACTED)(?=[^\s"'${backtick}]*[\d!@#$%^&*_+=~])[^\s"'${backtick}]{4,}`;
