/**
 * Secret redaction for everything users type. Applied before a question,
 * history turn, ticket or Slack command is logged, stored, retrieved against,
 * quoted back or sent to a model, so secrets are never echoed.
 *
 * Kinds of secret removed (rules in `secret-rules.ts`, in this order):
 * - `private_key`: PEM private keys (RFC 7468).
 * - `password`: user information in URLs (`https://bob:[REDACTED]@host`,
 *   RFC 3986 §3.2.1; the host stays); `password: x`, `pwd=x`,
 *   `password is: x`, `password：x` (full-width colon); `my password is
 *   Hunter2!`, `pw is x`, `pwd is x` and the German, Spanish, French and
 *   Portuguese phrasing (`Passwort ist`, `contraseña es`, `mot de passe est`,
 *   `senha é`), where a bare value needs a digit or symbol so that "my
 *   password is wrong" stays readable; the same bare values inside a sentence
 *   (`I typed Summer2024 as my password`, `the password I used was x`,
 *   `the token we got is x`, `I set my password to x`; see
 *   `phrasing-rules.ts`); and a password typed on its own (8–64 characters
 *   with a lowercase and an uppercase letter, a digit and a symbol, e.g.
 *   `P@ssw0rd123`; see `password-like.ts`).
 * - `bearer_token`: a pasted `Authorization:` header's credentials (any
 *   scheme, including `Basic` base64 per RFC 7617), and `Bearer`/`Token`/
 *   `ApiKey` followed by a credential-looking value.
 * - `jwt`: JSON Web Tokens (RFC 7519 §3), also unsecured (empty signature)
 *   or pasted as header and payload only (`eyJ….eyJ…`).
 * - `api_key`: vendor formats as documented: Stripe `sk_live_`/`rk_live_`/
 *   `pk_live_`/`whsec_`, OpenAI `sk-`/`sk-proj-`, GitHub `ghp_`/`github_pat_`,
 *   Slack `xox?-`/`xapp-`, GitLab `glpat-`, Google `AIza`.
 * - `credential`: AWS access key ids (`AKIA`/`ASIA`); base64 secrets with
 *   `/` and `+` such as AWS secret access keys (30+ characters, mixed case and
 *   digits, random-looking; see `random-looking.ts`); other long random
 *   strings (32+ letters, digits, `_`, `-`).
 *
 * Ordinary support questions ("the refresh token expired.", "x.509
 * certificate", "POST /v1/pipelines/{id}/runs", an ACS URL) are left as typed.
 */
import { secretRules, type SecretKind } from './secret-rules.js';

export type { SecretKind } from './secret-rules.js';

/** The `[REDACTED …]` markers {@link redactSecrets} leaves in place of secrets. */
const redactionMarker = /\[REDACTED[^\]\n]{0,40}\]/g;

/** An authorization header's name or scheme right before a marker ("Authorization: Bearer [REDACTED TOKEN]"): part of the pasted secret. */
const headerBeforeMarker = /(?:\b(?:authorization|x-api-key|api-key)\s*[:=]\s*)?(?:\b(?:bearer|basic|token)\s+)?(?=\[REDACTED)/gi;

/**
 * `text` without its `[REDACTED …]` markers, nor the header name and scheme pasted with them (each becomes a space):
 * what the person wrote besides the secrets.
 */
export function withoutRedactionMarkers(text: string): string {
  return text.replace(headerBeforeMarker, ' ').replace(redactionMarker, ' ');
}

/** Result of {@link redactSecrets}. */
export interface Redaction {
  /** The text with every secret replaced by a `[REDACTED …]` marker. */
  text: string;
  /** Kinds of secret found, one entry per replacement. */
  found: SecretKind[];
}

/**
 * Replaces secrets in `text` with `[REDACTED …]` markers. Never throws.
 *
 * @param text - any user-provided text (question, history turn, ticket, Slack command).
 * @returns the redacted text and the kinds found; `found` is empty when nothing was replaced.
 */
export function redactSecrets(text: string): Redaction {
  const found: SecretKind[] = [];
  let result = text;
  for (const rule of secretRules) {
    result = result.replace(rule.pattern, (...args: unknown[]) => {
      const match = args[0] as string;
      const { replacement } = rule;
      if (typeof replacement === 'function') {
        const replaced = replacement(match);
        if (replaced === undefined) return match;
        found.push(rule.kind);
        return replaced;
      }
      found.push(rule.kind);
      // The callback gets (match, group 1…n, offset, whole text); the rules use no named groups.
      const groups = args.slice(1, -2) as (string | undefined)[];
      return replacement.replace(/\$(\d)/g, (_, index: string) => groups[Number(index) - 1] ?? '');
    });
  }
  return { text: result, found };
}
