import { createMiddleware } from 'hono/factory';
import { AppError } from '../../errors.js';
import { verifySlackSignature } from './verify-signature.js';

/** How to check incoming Slack requests. */
export interface RequestVerificationOptions {
  /** The app's signing secret; when undefined, every request gets 503 `not_configured`. */
  signingSecret: string | undefined;
  /** Current time in ms since the epoch (default `Date.now`). */
  now?: () => number;
}

/**
 * Middleware that lets a request through only when its Slack signature is
 * valid (see `verify-signature.ts`). It reads the raw body through Hono's
 * body cache (`c.req.arrayBuffer()`), byte for byte, before anything parses
 * it; later readers (the form validator) get the same cached bytes.
 *
 * @throws {AppError} `not_configured` (503) when no signing secret is set;
 *   `unauthorized` (401) for a missing, malformed, stale or wrong signature.
 */
export function verifySlackRequest(options: RequestVerificationOptions) {
  const now = options.now ?? Date.now;
  return createMiddleware(async (context, next) => {
    if (!options.signingSecret) {
      throw new AppError('not_configured', 'Slack is not configured on this server: set SLACK_SIGNING_SECRET (Slack app settings → Basic Information → Signing Secret) and restart.');
    }
    const result = verifySlackSignature({
      signingSecret: options.signingSecret,
      timestamp: context.req.header('x-slack-request-timestamp'),
      signature: context.req.header('x-slack-signature'),
      rawBody: new Uint8Array(await context.req.arrayBuffer()),
      nowMs: now(),
    });
    if (!result.valid) throw new AppError('unauthorized', 'This request is not signed by Slack, or its signature has expired.', { cause: result.reason });
    await next();
  });
}

/**
 * Middleware that answers Slack's `ssl_check=1` probe (sent to check the
 * Request URL's certificate) with an empty 200 and does nothing else.
 * Slack's own SDKs (Bolt for JavaScript and Python) answer it before
 * signature verification, because Slack may send it unsigned; no answer,
 * no pipeline call and no data depend on it.
 */
export const answerSslCheck = createMiddleware(async (context, next) => {
  const form = new URLSearchParams(new TextDecoder().decode(await context.req.arrayBuffer()));
  if (form.get('ssl_check') === '1') return context.body(null, 200);
  await next();
});
