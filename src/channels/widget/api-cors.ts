import { cors } from 'hono/cors';

/**
 * CORS for the API (`hono/cors`; protocol: WHATWG Fetch § 3.2 "CORS
 * protocol"): a page on one of `allowedOrigins` (exact origins such as
 * `https://support.planasonix.com`) may call it from a browser; other origins
 * get no `Access-Control-Allow-Origin`, so the browser withholds the response
 * and, since JSON bodies need a preflight, never sends the request. Pages the
 * bot serves itself are same-origin and need no entry. No cookies are
 * involved (`credentials` off); `Retry-After` is exposed for 429 handling.
 */
export function apiCors(allowedOrigins: readonly string[]) {
  return cors({
    origin: (origin) => (allowedOrigins.includes(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Accept'],
    exposeHeaders: ['Retry-After'],
    maxAge: 600,
  });
}
