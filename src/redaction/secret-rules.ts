/**
 * The patterns `redactSecrets` applies, in order (earlier rules leave
 * `[REDACTED …]` markers that later ones skip). Each names the vendor
 * format or RFC it follows.
 */
import { findPasswordLike } from './password-like.js';
import { keyAfterRelativeClause, passwordAfterRelativeClause, passwordSetTo, valueAsPassword } from './phrasing-rules.js';
import { looksRandom } from './random-looking.js';
import { backtick, keyWord, passwordVerb, passwordWord, secretLikeValue, secretWord, type SecretRule } from './rule-parts.js';

export type { SecretKind, SecretRule } from './rule-parts.js';

/** A value in quotes (spaces allowed), else a run of non-space characters. */
const quotedOrWord = String.raw`(?:(["'${backtick}])(?!\[REDACTED)[^"'${backtick}\n]{1,200}\3|(?!\[REDACTED)[^\s"'${backtick}]{3,})`;
/** HTTP authentication schemes (RFC 9110 §11, IANA registry) seen in pasted headers. */
const authorizationScheme = String.raw`Basic|Bearer|Digest|Token|ApiKey|Api-Key|Negotiate|NTLM`;

/** Replaces the password inside each space-delimited word that looks like one (see `password-like.ts`). */
function redactPasswordLikeWord(word: string): string | undefined {
  const found = findPasswordLike(word);
  return found ? `${word.slice(0, found.start)}[REDACTED]${word.slice(found.end)}` : undefined;
}

/** The rules, applied in this order. */
export const secretRules: SecretRule[] = [
  // PEM, RFC 7468.
  { kind: 'private_key', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g, replacement: '[REDACTED PRIVATE KEY]' },
  // User information in a URL, RFC 3986 §3.2.1: `https://bob:Secr3t@host` keeps the scheme, user and host.
  // Lengths are bounded so that a long run of `+a+a…` cannot make the scan quadratic.
  { kind: 'password', pattern: /\b([a-z][a-z0-9+.-]{0,31}:\/\/[^\s:@/?#]{0,256}:)(?!\[REDACTED)[^\s@/?#]{1,256}@/gi, replacement: '$1[REDACTED]@' },
  // A pasted `Authorization:` header (RFC 9110 §11.6.2): whatever follows the scheme is the credential, e.g. Basic base64(user:password),
  // RFC 7617; placeholders (`<key>`, `{token}`, `$TOKEN`) and earlier markers stay.
  { kind: 'bearer_token', pattern: new RegExp(String.raw`\b(Authorization\s*[:=]\s*["']?(?:${authorizationScheme})\s+)(?![<{$[])[^\s"'${backtick},;]{4,}`, 'gi'), replacement: '$1[REDACTED TOKEN]' },
  // A scheme word followed by a credential-looking value (a digit in it, or 16+ characters), so that
  // "the refresh token expired" stays readable.
  { kind: 'bearer_token', pattern: /\b(Bearer|Basic|Token|ApiKey|Api-Key)\s+(?=[A-Za-z0-9._~+/=\-]*\d|[A-Za-z0-9._~+/=\-]{16,})(?!\[REDACTED)[A-Za-z0-9._~+/=\-]{8,}/gi, replacement: '$1 [REDACTED TOKEN]' },
  // JWT, RFC 7519 §3: three base64url parts, the first a JSON header (`eyJ`); also an unsecured JWT (§6.1, empty signature)
  // or a header and payload pasted without the signature, when both are JSON objects (`eyJ….eyJ…`).
  { kind: 'jwt', pattern: /\beyJ[A-Za-z0-9_-]{5,}\.(?:eyJ[A-Za-z0-9_-]{5,}(?:\.[A-Za-z0-9_-]*)?|[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,})/g, replacement: '[REDACTED TOKEN]' },
  // Stripe `sk_live_`/`rk_live_`/`pk_live_` (and `_test_`), OpenAI `sk-`, `sk-proj-`, Anthropic `sk-ant-`.
  { kind: 'api_key', pattern: /\b(?:sk|pk|rk)[-_](?:live|test|proj|prod|ant)?[-_]?[A-Za-z0-9_-]{12,}/g, replacement: '[REDACTED API KEY]' },
  // GitHub `ghp_`… and `github_pat_`, Slack `xoxb-`/`xoxp-`/`xoxe-`… and app-level `xapp-`, GitLab `glpat-`, Google `AIza`, Stripe webhook `whsec_`.
  { kind: 'api_key', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|xox[abeposr]-[A-Za-z0-9-]{10,}|xapp-[A-Za-z0-9-]{10,}|glpat-[A-Za-z0-9_-]{20,}|AIza[0-9A-Za-z_-]{30,}|whsec_[A-Za-z0-9]{20,})/g, replacement: '[REDACTED API KEY]' },
  // AWS access key ids.
  { kind: 'credential', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, replacement: '[REDACTED API KEY]' },
  // "password: x", "pwd=x", "password is: x", "password：x", JSON `"api_key": "x"`: whatever follows the separator is the secret.
  {
    kind: 'password',
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}_])(${secretWord})((?:\s+(?:${passwordVerb}))?["']?\s*[=:：]\s*)${quotedOrWord}`, 'giu'),
    replacement: '$1$2[REDACTED]',
  },
  // "my password is Hunter2!!", "Passwort ist X", "contraseña es X", "mot de passe est X", "senha é X": after the verb,
  // only a quoted value or one with a digit or symbol (so "my password is wrong" stays readable).
  {
    kind: 'password',
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}_])(${passwordWord})(\s+(?:${passwordVerb})\s+)(?:(["'${backtick}])[^"'${backtick}\n]{3,}\3|(?!\[REDACTED)(?=\S*[\d!@#$%^&*_+=~])\S{4,})`, 'giu'),
    replacement: '$1$2[REDACTED]',
  },
  // "my API key is abc123def456ghi789", "the token was 9f8e7d6c…": after a key or token word and a verb, a value
  // with a digit or symbol (so "the token is expired" stays readable).
  {
    kind: 'api_key',
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}_])(${keyWord})(\s+(?:${passwordVerb})\s+)(?!\[REDACTED)(?=[^\s"'${backtick}]*[\d!@#$%^&*_+=~])[^\s"'${backtick}]{8,}`, 'giu'),
    replacement: '$1$2[REDACTED]',
  },
  // Secrets inside a sentence, one rule per phrasing (see `phrasing-rules.ts`): "I typed Summer2024 as my password",
  // "the password I used was Summer2024", "the token we got is abc123def456", "I set my password to Summer2024".
  valueAsPassword,
  passwordAfterRelativeClause,
  keyAfterRelativeClause,
  passwordSetTo,
  // "api key abc123def456ghi789", "the key 3f9a8b7c6d5e4f3a2b1c": a key or token word directly followed by 12+ characters
  // mixing letters and digits (so "key rotation", "token 401" and "PLANASONIX_API_KEY" stay).
  {
    kind: 'api_key',
    pattern: /(?<![\p{L}\p{N}_])(key|api[_ -]?key|token|secret)(\s+)(?!\[REDACTED)(?=[A-Za-z0-9_\-]*\d)(?=[A-Za-z0-9_\-]*[A-Za-z])[A-Za-z0-9_\-]{12,}(?![A-Za-z0-9_\-])/giu,
    replacement: '$1$2[REDACTED]',
  },
  // "my password hunter2 is rejected": a password word directly followed by a value with a digit or symbol.
  {
    kind: 'password',
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}_])(${passwordWord})(\s+)(?![45]\d\d\b)${secretLikeValue}`, 'giu'),
    replacement: '$1$2[REDACTED]',
  },
  // Command-line credentials: `curl -u user:secret`, `--user user:secret` (RFC 7617 user-pass), `--password x`, `--token x`, `--api-key x`.
  { kind: 'password', pattern: /(?<!\S)(-u|--user)(\s+|=)([^\s:]{1,128}:)(?!\[REDACTED)[^\s]{1,256}/g, replacement: '$1$2$3[REDACTED]' },
  { kind: 'password', pattern: /(?<!\S)(--(?:password|passwd|pass|token|api-key|apikey|secret|client-secret))(\s+|=)(?!\[REDACTED)[^\s]{1,256}/gi, replacement: '$1$2[REDACTED]' },
  // Base64 of random bytes with `/` or `+`, e.g. an AWS secret access key (40 characters); 30+ characters,
  // mixed case and digits, random-looking (see `random-looking.ts`), not inside a URL or path.
  {
    kind: 'credential',
    pattern: /(?<![A-Za-z0-9+/_\-.~:])[A-Za-z0-9+][A-Za-z0-9+/]{29,}={0,2}(?![A-Za-z0-9+/=_\-])/g,
    replacement: (match) => (looksRandom(match) ? '[REDACTED]' : undefined),
  },
  // Long random-looking strings of letters, digits, `_` and `-` (hex and base64url keys).
  { kind: 'credential', pattern: /\b(?=[A-Za-z0-9_\-]{32,}\b)(?=[A-Za-z0-9_\-]*\d)(?=[A-Za-z0-9_\-]*[A-Za-z])[A-Za-z0-9_\-]{32,}\b/g, replacement: '[REDACTED]' },
  // A password typed on its own: "I typed P@ssw0rd123 as my password" (see `password-like.ts`).
  { kind: 'password', pattern: /(?<!\S)\S{8,80}(?!\S)/g, replacement: redactPasswordLikeWord },
];
