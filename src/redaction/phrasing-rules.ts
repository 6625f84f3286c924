/**
 * Redaction rules for secrets pasted inside a sentence, one rule per way of
 * saying it. Each keeps the sentence's words and replaces only the value, and
 * a bare value needs a digit or symbol (`secretLikeValue`), so questions
 * about passwords ("my password was changed", "the token I got was expired")
 * stay readable. Applied by `secret-rules.ts` after the fixed vendor formats.
 */
import { backtick, keyWord, passwordWord, secretLikeValue, type SecretRule } from './rule-parts.js';

/** A value in double, single or back quotes (3–200 characters, spaces allowed); no capture groups. */
const quotedValue = String.raw`(?:"(?!\[REDACTED)[^"\n]{3,200}"|'(?!\[REDACTED)[^'\n]{3,200}'|${backtick}(?!\[REDACTED)[^${backtick}\n]{3,200}${backtick})`;
/** "as", "als", "como", "comme" and the articles and possessives that may follow them. */
const asWord = String.raw`as|als|como|comme`;
const articleOrPossessive = String.raw`my|the|a|our|mein|meinem|das|ein|mi|la|una|mon|ma|le|un|minha|uma|o`;
/** Nouns that turn "password" into something else: "1Password as my password manager". */
const passwordCompound = String.raw`manager|managers|reset|hint|field|box|policy|vault|generator|rules?|requirements?|change|expiry|expiration`;
/** Who used or typed the secret: "the password *I* used was …", "the token *it* gave me is …". */
const subject = String.raw`I|I'm|I've|I'd|we|we're|we've|you|you've|they|they've|he|she|someone|it`;
/** Verbs that give a password a new value: "set my password to …". */
const settingVerb = String.raw`set|sets|setting|changed?|changes|changing|reset|resets|resetting|updated?|updates|updating`;

/**
 * "I typed Summer2024 as my password", "I used Hunter2! as the password",
 * "Sommer2024 als Passwort", "Verano2024 como mi contraseña",
 * "Ete2024 comme mot de passe": the value comes before the password word.
 */
export const valueAsPassword: SecretRule = {
  kind: 'password',
  pattern: new RegExp(
    String.raw`(?<![^\s"'${backtick}(])${secretLikeValue}(["'${backtick}]?\s+(?:${asWord})\s+(?:(?:${articleOrPossessive})\s+)?(?:${passwordWord}))(?![\p{L}\p{N}_-])(?!\s+(?:${passwordCompound})\b)`,
    'giu',
  ),
  replacement: '[REDACTED]$1',
};

/**
 * "the password I used was Summer2024", "the token we got is abc123def456":
 * a short relative clause (a subject and one to three words) between the
 * secret's word and "is"/"was".
 */
function afterRelativeClause(kind: SecretRule['kind'], words: string): SecretRule {
  return {
    kind,
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}_])(${words})(\s+(?:(?:that|which)\s+)?(?:${subject})(?:\s+[\p{L}'’]+){1,3}?\s+(?:is|was)(?:\s*:)?\s+)(?:${quotedValue}|${secretLikeValue})`,
      'giu',
    ),
    replacement: '$1$2[REDACTED]',
  };
}

/** "the password I used was Summer2024", "the passwd that I typed is qwerty123". */
export const passwordAfterRelativeClause = afterRelativeClause('password', passwordWord);
/** "the token I used was 9f8e7d6c5b4a", "the API key they gave me is abc123def456". */
export const keyAfterRelativeClause = afterRelativeClause('api_key', keyWord);

/** "I set my password to Summer2024", "reset the password to 'summer fun'". */
export const passwordSetTo: SecretRule = {
  kind: 'password',
  pattern: new RegExp(
    String.raw`(?<![\p{L}\p{N}_])((?:${settingVerb})\s+(?:(?:my|the|our|his|her|their|your|its|a)\s+)?(?:new\s+)?(?:${passwordWord})\s+to\s+)(?:${quotedValue}|${secretLikeValue})`,
    'giu',
  ),
  replacement: '$1[REDACTED]',
};
