import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/**
 * CORS for the API (`hono/cors`; protocol: WHATWG Fetch § 3.2 "CORS
 * protocol"): a page on one of `allowedOrigins` (exact origins such as
 * `https://support.planasonix.com`) may call it from a browser; other origins
 * get no `Access-Control-Allow-Origin`, so the browser withholds the response
 * and, since JSON bodies need a preflight, never sends the request. Pages the
 * bot serves itself are same-origin and need no entry. No cookies are
 * involved (`credentials` off); `Retry-After` is exposed for 429 handling.
 *
 * A request without an `Origin` header is not a CORS request (browsers send
 * `Origin` with every POST, same-origin ones too; servers and curl do not),
 * so it passes untouched: `hono/cors` sets headers on `c.res` before the route
 * runs, which makes Hono rebuild the route's response as a stream, about
 * 0.1 ms per request on the guide tier, for headers no one reads there. No
 * `/v1/*` route answers GET, so no cache sees the missing `Vary: Origin`.
 */
export function apiCors(allowedOrigins: readonly string[]): MiddlewareHandler {
  const middleware = cors({
    origin: (origin) => (allowedOrigins.includes(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Accept'],
    exposeHeaders: ['Retry-After'],
    maxAge: 600,
  });
  return (context, next) => (context.req.header('origin') === undefined ? next() : middleware(context, next));
}
