/**
 * Reads the bearer token of an `Authorization` header (RFC 6750 §2.1:
 * `"Bearer" 1*SP b64token`; the scheme is case-insensitive, RFC 9110 §11.1)
 * and explains what is wrong when it cannot, in words that help someone
 * fixing a CI secret: stray quotes, whitespace, line breaks, a missing scheme.
 * Messages never contain the credential.
 *
 * Leading and trailing spaces never reach us: HTTP strips them from field
 * values (RFC 9110 §5.5), so `Bearer <key> ` is accepted.
 */

/** Why a header was refused. */
export type CredentialProblem = 'missing_header' | 'wrong_scheme' | 'malformed_credential';

/** Result of {@link parseBearerCredential}. */
export type BearerCredential = { ok: true; token: string } | { ok: false; problem: CredentialProblem; message: string; token?: string };

/** How to send the key; ends every refusal message. */
export const expectedHeader = 'Send the key as "Authorization: Bearer <key>": the word Bearer, a space, then the key, with no quotes and no spaces or line breaks before or after it.';

const b64token = /^[A-Za-z0-9\-._~+/]+=*$/;
const quote = /["'`“”‘’]/;
const space = /[\s\u200b-\u200d\u2060\ufeff]|\\[nrt]/;
const allQuotes = new RegExp(quote.source, 'g');
const allSpaces = new RegExp(space.source, 'g');
const schemeName = /^[A-Za-z][A-Za-z0-9-]{0,19}$/;

/**
 * Parses `header` (the raw `Authorization` value, or undefined when absent).
 *
 * @returns `{ok: true, token}`, or `{ok: false, problem, message}`; for a
 *   malformed credential, `token` is the credential with quotes and whitespace
 *   removed (to find the key id for the log, never to authenticate).
 */
export function parseBearerCredential(header: string | undefined): BearerCredential {
  if (header === undefined || header.trim() === '') {
    return { ok: false, problem: 'missing_header', message: `Missing Authorization header. ${expectedHeader}` };
  }
  const match = /^(\S+)(\s+)([\s\S]*)$/.exec(header);
  if (!match) {
    return { ok: false, problem: 'wrong_scheme', message: `The Authorization header has no scheme (put "Bearer " before the key). ${expectedHeader}` };
  }
  const [, scheme, separator, credential] = match as unknown as [string, string, string, string];
  if (scheme.replace(allQuotes, '').toLowerCase() !== 'bearer') {
    const named = schemeName.test(scheme) ? `the "${scheme}" scheme` : 'an unknown scheme';
    return { ok: false, problem: 'wrong_scheme', message: `The Authorization header uses ${named}; this API expects Bearer. ${expectedHeader}` };
  }
  const cleaned = credential.replace(allQuotes, '').replace(allSpaces, '');
  if (quote.test(scheme + credential)) {
    return { ok: false, problem: 'malformed_credential', message: `The Authorization header contains quotes; remove them. ${expectedHeader}`, token: cleaned };
  }
  if (/[^ ]/.test(separator) || space.test(credential)) {
    return { ok: false, problem: 'malformed_credential', message: `The key contains whitespace or a line break (often a space or newline pasted with it, or a literal "\\n" from a CI secret); remove it. ${expectedHeader}`, token: cleaned };
  }
  if (!b64token.test(credential)) {
    return { ok: false, problem: 'malformed_credential', message: `The key contains characters a bearer token cannot have (RFC 6750 §2.1). ${expectedHeader}` };
  }
  return { ok: true, token: credential };
}
