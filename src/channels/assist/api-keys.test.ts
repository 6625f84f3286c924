import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.js';
import { apiKeyId, generateApiKey, hashApiKey } from './api-keys.js';

describe('staff API keys', () => {
  it('are sbk_<id>_ plus 32 random bytes in base64url, different every time', () => {
    const first = generateApiKey('support-tool', ['assist:read']);
    const second = generateApiKey('support-tool', ['assist:read']);
    expect(first.key).toMatch(/^sbk_support-tool_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(first.key.slice(-43), 'base64url')).toHaveLength(32);
    expect(second.key).not.toBe(first.key);
  });

  it('store the SHA-256 of the whole key, and the printed entry is valid ASSIST_API_KEYS configuration', () => {
    const generated = generateApiKey('ci-bot', ['assist:read', 'assist:write']);
    expect(generated.sha256).toBe(createHash('sha256').update(generated.key).digest('hex'));
    expect(hashApiKey(generated.key)).toBe(generated.sha256);
    expect(generated.entry).toBe(`ci-bot:${generated.sha256}:assist:read,assist:write`);
    expect(generated.entry).not.toContain(generated.key.slice(-43));
    expect(loadConfig({ ASSIST_API_KEYS: generated.entry }).assist.apiKeys).toEqual([{ id: 'ci-bot', sha256: generated.sha256, scopes: ['assist:read', 'assist:write'] }]);
  });

  it('refuse ids that could not be read back from the key', () => {
    expect(() => generateApiKey('Support_Tool', ['assist:read'])).toThrow('Key id "Support_Tool" must be 1–32 lowercase letters, digits or "-"');
  });

  it('give their id back, and nothing for other values', () => {
    const { key } = generateApiKey('k1', ['assist:read']);
    expect(apiKeyId(key)).toBe('k1');
    expect(apiKeyId(`${key}x`)).toBeUndefined();
    expect(apiKeyId('sk_live_abcdefghijklmnopqrstuvwxyz')).toBeUndefined();
  });
});
