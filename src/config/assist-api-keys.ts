import { z } from 'zod';

/**
 * `ASSIST_API_KEYS`: the staff API keys of `POST /v1/assist`, stored as
 * SHA-256 hashes, never as keys. Each entry is `<id>:<sha256-hex>:<scope>[,<scope>…]`;
 * entries are separated by newlines or commas (a token of the form
 * `<id>:<64 hex digits>:<scope>` starts a new entry, a bare `<scope>` adds a
 * scope to the entry before it). Blank tokens and lines starting with `#` are
 * ignored. `npm run keys -- create --scope assist:read` prints a key and its entry.
 *
 * Example: `support-tool:9f86d0…0f00a08:assist:read` (one line per key).
 */

/** Key ids: lowercase letters, digits and `-`, 1–32 characters, starting with a letter or digit (never `_`: it delimits the id inside a key). */
export const apiKeyIdPattern = /^[a-z0-9][a-z0-9-]{0,31}$/;
/** Scopes: `resource:action`, e.g. `assist:read`. */
export const apiKeyScopePattern = /^[a-z][a-z-]*:[a-z][a-z-]*$/;

/** One configured API key. */
export interface ApiKeyEntry {
  /** Key id, also embedded in the key (`sbk_<id>_…`) so failed attempts can be logged by id. */
  id: string;
  /** SHA-256 of the whole key, 64 lowercase hex digits. */
  sha256: string;
  /** Granted scopes, e.g. `['assist:read']`. */
  scopes: string[];
}

const entryPattern = /^([^:\s]+):([0-9a-fA-F]{64}):(.+)$/;

/** Parses the variable; adds one zod issue per bad entry (by position and id, never echoing the token, which may be a pasted key). */
function parseEntries(value: string | undefined, context: z.RefinementCtx): ApiKeyEntry[] {
  const entries: ApiKeyEntry[] = [];
  const tokens = (value ?? '')
    .split(/[\n,]/)
    .map((token) => token.trim())
    .filter((token) => token !== '' && !token.startsWith('#'));
  tokens.forEach((token, position) => {
    const problem = (message: string) => context.addIssue({ code: 'custom', message: `token ${position + 1}: ${message}` });
    const entry = entryPattern.exec(token);
    if (entry) {
      const [, id, sha256, scope] = entry as unknown as [string, string, string, string];
      if (!apiKeyIdPattern.test(id)) return problem(`key id must be 1–32 lowercase letters, digits or "-" (got "${id.slice(0, 32)}")`);
      if (entries.some((other) => other.id === id)) return problem(`key id "${id}" is listed twice`);
      if (!apiKeyScopePattern.test(scope)) return problem(`key "${id}": scope must look like "assist:read"`);
      entries.push({ id, sha256: sha256.toLowerCase(), scopes: [scope] });
      return;
    }
    if (apiKeyScopePattern.test(token) && entries.length > 0) {
      const last = entries[entries.length - 1]!;
      if (!last.scopes.includes(token)) last.scopes.push(token);
      return;
    }
    if (token.startsWith('sbk_')) return problem('looks like a plain API key; store its SHA-256 hash instead (`npm run keys -- create` prints the entry)');
    problem('expected <id>:<sha256-hex>:<scope>[,<scope>…]');
  });
  return entries;
}

/** Zod schema of `ASSIST_API_KEYS` (optional; unset means no key is accepted and every assist request gets 401). */
export const assistApiKeysSchema = z
  .string()
  .optional()
  .transform((value, context) => parseEntries(value, context));
