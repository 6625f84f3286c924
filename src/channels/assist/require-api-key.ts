import { createHash, timingSafeEqual } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { ApiKeyEntry } from '../../config/assist-api-keys.js';
import { AppError } from '../../errors.js';
import { apiKeyId } from './api-keys.js';
import { parseBearerCredential, type CredentialProblem } from './bearer-credential.js';

/** One failed authentication attempt, as logged. Never contains the key. */
export interface AuthFailure {
  event: 'assist_auth_failed';
  reason: CredentialProblem | 'unknown_key' | 'missing_scope';
  status: 401 | 403;
  /** The key's id, when the presented value had the form of a key (`sbk_<id>_…`). */
  keyId?: string;
  method: string;
  path: string;
}

/** Options of {@link requireApiKey}. */
export interface RequireApiKeyOptions {
  /** Accepted keys (hashes and scopes), from `config.assist.apiKeys`. */
  keys: ApiKeyEntry[];
  /** Scope the route needs, e.g. `assist:read`. */
  scope: string;
  /** Receives each failed attempt. Default: one `console.warn` JSON line with a timestamp. */
  logFailure?: (failure: AuthFailure) => void;
}

const realm = 'Bearer realm="support-bot"';
/** Compared against when the key id is unknown, so that every attempt costs one hash and one comparison. */
const noDigest = Buffer.alloc(32);

/**
 * Middleware: the request must carry `Authorization: Bearer <key>` (RFC 6750)
 * with a configured key that has `options.scope`. Keys are compared by SHA-256
 * digest with `crypto.timingSafeEqual` (constant time, equal-length digests).
 * Failures set `WWW-Authenticate` (RFC 6750 §3) and are logged without the key.
 *
 * @throws {AppError} `unauthorized` (401) when the header is missing or
 *   malformed (the message names the expected scheme and warns about quotes
 *   and whitespace) or the key is unknown or revoked; `forbidden` (403)
 *   naming the missing scope.
 */
export function requireApiKey(options: RequireApiKeyOptions) {
  const keys = new Map(options.keys.map((entry) => [entry.id, { digest: Buffer.from(entry.sha256, 'hex'), scopes: entry.scopes }]));
  const log = options.logFailure ?? ((failure: AuthFailure) => console.warn(JSON.stringify({ level: 'warn', time: new Date().toISOString(), ...failure })));
  return createMiddleware(async (context, next) => {
    const fail = (failure: Omit<AuthFailure, 'event' | 'method' | 'path'>, challenge: string, error: AppError): never => {
      log({ event: 'assist_auth_failed', ...failure, method: context.req.method, path: context.req.path });
      context.header('WWW-Authenticate', challenge);
      throw error;
    };
    const credential = parseBearerCredential(context.req.header('authorization'));
    if (!credential.ok) {
      const keyId = credential.token === undefined ? undefined : apiKeyId(credential.token);
      const challenge = credential.problem === 'malformed_credential' ? `${realm}, error="invalid_token"` : realm;
      return fail({ reason: credential.problem, status: 401, ...(keyId ? { keyId } : {}) }, challenge, new AppError('unauthorized', credential.message));
    }
    const keyId = apiKeyId(credential.token);
    const entry = keyId === undefined ? undefined : keys.get(keyId);
    const presented = createHash('sha256').update(credential.token, 'utf8').digest();
    const matches = timingSafeEqual(presented, entry?.digest ?? noDigest);
    if (!entry || !matches) {
      const message = 'The API key is not recognised: it is unknown or has been revoked. Check that the whole key was copied, or ask an admin for a new one (npm run keys -- create).';
      return fail({ reason: 'unknown_key', status: 401, ...(keyId ? { keyId } : {}) }, `${realm}, error="invalid_token"`, new AppError('unauthorized', message));
    }
    if (!entry.scopes.includes(options.scope)) {
      const message = `This API key lacks the scope "${options.scope}" that ${context.req.method} ${context.req.path} needs. Ask an admin for a key with that scope (npm run keys -- create --scope ${options.scope}).`;
      return fail({ reason: 'missing_scope', status: 403, ...(keyId ? { keyId } : {}) }, `${realm}, error="insufficient_scope", scope="${options.scope}"`, new AppError('forbidden', message));
    }
    await next();
  });
}
