/**
 * What may reach a log line from user text: secrets never (API keys, bearer
 * tokens, JWTs, passwords, private keys: {@link redactSecrets}), e-mail
 * addresses only when configured, and never more than a bounded length.
 */
import { redactSecrets } from '../redaction/redact-secrets.js';

/** Longest user text kept in one log field, in characters; longer text is cut and marked `…`. */
export const maxLoggedTextLength = 1_000;

/** Marker that replaces an e-mail address. */
export const emailMarker = '[REDACTED EMAIL]';

// RFC 5322 addr-spec, simplified to what people type: local@domain.tld.
const emailPattern = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Options for {@link redactForLog}. */
export interface LogRedactionOptions {
  /** Replace e-mail addresses with {@link emailMarker} (default true). */
  emails?: boolean;
  /** Longest result, in characters (default {@link maxLoggedTextLength}). */
  maxLength?: number;
}

/**
 * User text made safe to log: secrets replaced with `[REDACTED …]` markers,
 * e-mail addresses too unless `options.emails` is false, then cut to
 * `options.maxLength` characters.
 */
export function redactForLog(text: string, options: LogRedactionOptions = {}): string {
  let safe = redactSecrets(text).text;
  if (options.emails ?? true) safe = safe.replace(emailPattern, emailMarker);
  const maxLength = options.maxLength ?? maxLoggedTextLength;
  return safe.length > maxLength ? `${safe.slice(0, maxLength)}…` : safe;
}
