import { describe, expect, it } from 'vitest';
import { loadConfig } from './index.js';

const hashA = 'a'.repeat(64);
const hashB = '0123456789abcdef'.repeat(4);
const apiKeys = (value?: string) => loadConfig(value === undefined ? {} : { ASSIST_API_KEYS: value }).assist.apiKeys;
const problem = (value: string): string => {
  try {
    apiKeys(value);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a config_invalid error');
};

describe('ASSIST_API_KEYS', () => {
  it('is empty when unset (every assist request then gets 401)', () => {
    expect(apiKeys()).toEqual([]);
  });

  it('reads one entry per line, with comments, blank lines and upper-case hex', () => {
    expect(apiKeys(`# the agents' tool\nsupport-tool:${hashA.toUpperCase()}:assist:read\n\nreporting:${hashB}:reports:read\n`)).toEqual([
      { id: 'support-tool', sha256: hashA, scopes: ['assist:read'] },
      { id: 'reporting', sha256: hashB, scopes: ['reports:read'] },
    ]);
  });

  it('reads comma-separated entries; a bare scope after an entry adds to its scopes', () => {
    expect(apiKeys(`support-tool:${hashA}:assist:read,assist:write, reporting:${hashB}:reports:read`)).toEqual([
      { id: 'support-tool', sha256: hashA, scopes: ['assist:read', 'assist:write'] },
      { id: 'reporting', sha256: hashB, scopes: ['reports:read'] },
    ]);
  });

  it('refuses a plain key, telling to store its hash, without echoing it', () => {
    const key = 'sbk_support-tool_1ZS6L6DvUAji1hxz3TASmxRvZ438DlO6VeYB3hJTGBc';
    const message = problem(key);
    expect(message).toBe('Invalid configuration: ASSIST_API_KEYS: token 1: looks like a plain API key; store its SHA-256 hash instead (`npm run keys -- create` prints the entry)');
    expect(message).not.toContain('1ZS6L6');
  });

  it.each([
    ['a short hash', `support-tool:${'a'.repeat(63)}:assist:read`, 'token 1: expected <id>:<sha256-hex>:<scope>[,<scope>…]'],
    ['an id with an underscore', `support_tool:${hashA}:assist:read`, 'token 1: key id must be 1–32 lowercase letters, digits or "-" (got "support_tool")'],
    ['a duplicate id', `a:${hashA}:assist:read\na:${hashB}:assist:read`, 'token 2: key id "a" is listed twice'],
    ['a malformed scope', `a:${hashA}:everything`, 'token 1: key "a": scope must look like "assist:read"'],
    ['a scope before any entry', 'assist:read', 'token 1: expected'],
  ])('refuses %s, naming the token', (_name, value, fragment) => {
    expect(problem(value)).toContain(`ASSIST_API_KEYS: ${fragment}`);
  });
});
