/**
 * Secret redaction for everything users type: API keys, bearer tokens, JWTs,
 * passwords, private keys, cloud credentials. Applied before a question is
 * logged, stored, retrieved against or sent to a model, so secrets are never
 * echoed back. Patterns follow the token formats the vendors document (GitHub
 * `ghp_`/`github_pat_`, Slack `xox?-`, Stripe-style `sk_live_`/`pk_live_`,
 * OpenAI `sk-`, AWS `AKIA`, JWT per RFC 7519 §3, PEM per RFC 7468), plus
 * `password: …` phrasing and long random-looking strings.
 */

/** What replaced a secret, by kind. */
export type SecretKind = 'private_key' | 'bearer_token' | 'jwt' | 'api_key' | 'password' | 'credential';

interface Rule {
  kind: SecretKind;
  pattern: RegExp;
  /** Replacement; `$1` keeps a captured prefix (e.g. the word "password"). */
  replacement: string;
}

const rules: Rule[] = [
  { kind: 'private_key', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g, replacement: '[REDACTED PRIVATE KEY]' },
  // A scheme word followed by a credential-looking value (a digit in it, or 16+ characters), so that
  // "the refresh token expired" stays readable.
  { kind: 'bearer_token', pattern: /\b(Bearer|Basic|Token|ApiKey|Api-Key)\s+(?=[A-Za-z0-9._~+/=\-]*\d|[A-Za-z0-9._~+/=\-]{16,})[A-Za-z0-9._~+/=\-]{8,}/gi, replacement: '$1 [REDACTED TOKEN]' },
  { kind: 'jwt', pattern: /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/g, replacement: '[REDACTED TOKEN]' },
  { kind: 'api_key', pattern: /\b(?:sk|pk|rk)[-_](?:live|test|proj|prod|ant)?[-_]?[A-Za-z0-9_-]{12,}/g, replacement: '[REDACTED API KEY]' },
  { kind: 'api_key', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|xox[abposr]-[A-Za-z0-9-]{10,}|glpat-[A-Za-z0-9_-]{20,}|AIza[0-9A-Za-z_-]{30,})/g, replacement: '[REDACTED API KEY]' },
  { kind: 'credential', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, replacement: '[REDACTED API KEY]' },
  {
    // "password: x", "pwd=x": whatever follows the separator is the secret.
    kind: 'password',
    pattern: /\b(pass(?:word|wd|phrase)?|pwd|secret|client[_ ]secret|api[_ -]?key|token)(\s*[=:]\s*)(["'`]?)(?!\[REDACTED)[^\s"'`]{3,}\3/gi,
    replacement: '$1$2[REDACTED]',
  },
  {
    // "my password is Hunter2!!": after "is"/"was", only a quoted value or one with a digit or symbol
    // (so "my password is wrong" stays readable).
    kind: 'password',
    pattern: /\b(pass(?:word|wd|phrase)?|pwd)(\s+(?:is|was|is set to|was set to)\s+)(?:(["'`])[^"'`\n]{3,}\3|(?!\[REDACTED)(?=[^\s]*[\d!@#$%^&*_+=~])[^\s]{4,})/gi,
    replacement: '$1$2[REDACTED]',
  },
  { kind: 'credential', pattern: /\b(?=[A-Za-z0-9_\-]{32,}\b)(?=[A-Za-z0-9_\-]*\d)(?=[A-Za-z0-9_\-]*[A-Za-z])[A-Za-z0-9_\-]{32,}\b/g, replacement: '[REDACTED]' },
];

/** Result of {@link redactSecrets}. */
export interface Redaction {
  /** The text with every secret replaced by a `[REDACTED …]` marker. */
  text: string;
  /** Kinds of secret found, one entry per replacement. */
  found: SecretKind[];
}

/**
 * Replaces secrets in `text` with `[REDACTED …]` markers.
 *
 * @param text - any user-provided text (question, history turn, ticket, Slack command).
 * @returns the redacted text and the kinds found; `found` is empty when nothing was replaced.
 */
export function redactSecrets(text: string): Redaction {
  const found: SecretKind[] = [];
  let result = text;
  for (const rule of rules) {
    result = result.replace(rule.pattern, (...args: unknown[]) => {
      found.push(rule.kind);
      const groups = args.slice(1, -2) as (string | undefined)[];
      return rule.replacement.replace(/\$(\d)/g, (_, index: string) => groups[Number(index) - 1] ?? '');
    });
  }
  return { text: result, found };
}
