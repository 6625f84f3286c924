/**
 * Slack request signatures, as Slack documents them in "Verifying requests
 * from Slack" (https://api.slack.com/authentication/verifying-requests-from-slack):
 * the signature is `v0=` + the hex HMAC-SHA256, keyed with the app's signing
 * secret, of the basestring `v0:{X-Slack-Request-Timestamp}:{raw body}`.
 * Requests whose timestamp is more than five minutes from now are refused
 * (replays), and signatures are compared in constant time.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The only signature version Slack uses today (the `v0` of `v0=…`). */
export const signatureVersion = 'v0';

/** Largest accepted distance between `X-Slack-Request-Timestamp` and now, in seconds (Slack: five minutes). */
export const maxTimestampSkewSeconds = 5 * 60;

/** What {@link verifySlackSignature} checks. */
export interface SignedRequest {
  /** The app's signing secret (Slack app settings → Basic Information → App Credentials). */
  signingSecret: string;
  /** `X-Slack-Request-Timestamp`: Unix time in seconds, as sent. */
  timestamp: string | undefined;
  /** `X-Slack-Signature`: `v0=` + 64 hex digits. */
  signature: string | undefined;
  /** The request body exactly as received, before any parsing. */
  rawBody: Uint8Array;
  /** The current time, in ms since the Unix epoch. */
  nowMs: number;
}

/** Why a request failed verification (for logs and tests; never sent to clients). */
export type VerificationFailure = 'missing_headers' | 'malformed_timestamp' | 'stale_timestamp' | 'bad_signature';

/** Result of {@link verifySlackSignature}. */
export type VerificationResult = { valid: true } | { valid: false; reason: VerificationFailure };

/**
 * Computes the signature Slack sends for `rawBody` at `timestamp`.
 *
 * @param timestamp - the `X-Slack-Request-Timestamp` value, used verbatim in the basestring.
 * @returns `v0=` followed by 64 lowercase hex digits.
 */
export function computeSlackSignature(signingSecret: string, timestamp: string, rawBody: Uint8Array | string): string {
  const hmac = createHmac('sha256', signingSecret).update(`${signatureVersion}:${timestamp}:`).update(rawBody);
  return `${signatureVersion}=${hmac.digest('hex')}`;
}

/**
 * Checks a request's Slack signature: both headers present, timestamp a whole
 * number of seconds within {@link maxTimestampSkewSeconds} of now (either
 * direction), and the signature equal, in constant time, to the one computed
 * over the raw body. Never throws.
 */
export function verifySlackSignature(request: SignedRequest): VerificationResult {
  const { timestamp, signature } = request;
  if (!timestamp || !signature) return { valid: false, reason: 'missing_headers' };
  if (!/^\d{1,12}$/.test(timestamp)) return { valid: false, reason: 'malformed_timestamp' };
  if (Math.abs(request.nowMs / 1000 - Number(timestamp)) > maxTimestampSkewSeconds) return { valid: false, reason: 'stale_timestamp' };
  const expected = Buffer.from(computeSlackSignature(request.signingSecret, timestamp, request.rawBody), 'utf8');
  const received = Buffer.from(signature, 'utf8');
  // timingSafeEqual needs equal lengths; the length of a valid signature is public, so checking it first leaks nothing.
  if (received.length !== expected.length || !timingSafeEqual(received, expected)) return { valid: false, reason: 'bad_signature' };
  return { valid: true };
}
