/**
 * Staff API keys: `sbk_<id>_<secret>`, where `<secret>` is 32 random bytes
 * (256 bits, `crypto.randomBytes`) in base64url (RFC 4648 §5, 43 characters)
 * and `<id>` names the key in configuration and logs.
 *
 * Only the SHA-256 of a key is stored (`ASSIST_API_KEYS`). A fast hash is
 * enough here, unlike for passwords: a slow hash (bcrypt, scrypt, Argon2)
 * protects low-entropy secrets from guessing, but no one can guess 256 random
 * bits, so a leaked SHA-256 digest reveals nothing usable — while a slow hash
 * would cost ~100 ms of CPU on every request and hand attackers a cheap
 * denial of service. (The same reasoning as GitHub's and Stripe's token stores.)
 */
import { createHash, randomBytes } from 'node:crypto';
import { apiKeyIdPattern } from '../../config/assist-api-keys.js';

/** Prefix of every key; lets people and secret scanners recognise a leaked key. */
export const apiKeyPrefix = 'sbk_';
/** Random bytes per key. */
export const apiKeySecretBytes = 32;

const keyPattern = /^sbk_([a-z0-9][a-z0-9-]{0,31})_([A-Za-z0-9_-]{43})$/;

/** A new key and what to put in configuration. */
export interface GeneratedApiKey {
  /** The key, shown once to whoever will use it; never stored. */
  key: string;
  /** SHA-256 of the key, 64 lowercase hex digits. */
  sha256: string;
  /** The `ASSIST_API_KEYS` entry: `<id>:<sha256>:<scope>[,<scope>…]`. */
  entry: string;
}

/**
 * Generates a key for `id` with `scopes`.
 *
 * @throws {Error} when `id` is not 1–32 lowercase letters, digits or `-`.
 */
export function generateApiKey(id: string, scopes: string[]): GeneratedApiKey {
  if (!apiKeyIdPattern.test(id)) throw new Error(`Key id "${id}" must be 1–32 lowercase letters, digits or "-", starting with a letter or digit.`);
  const key = `${apiKeyPrefix}${id}_${randomBytes(apiKeySecretBytes).toString('base64url')}`;
  const sha256 = hashApiKey(key);
  return { key, sha256, entry: `${id}:${sha256}:${scopes.join(',')}` };
}

/** SHA-256 of `key` (UTF-8), as 64 lowercase hex digits. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The id inside a well-formed key (`sbk_<id>_<43 characters>`), else undefined. Safe to log; the secret part is not returned. */
export function apiKeyId(key: string): string | undefined {
  return keyPattern.exec(key)?.[1];
}
