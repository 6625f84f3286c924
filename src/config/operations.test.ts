import { describe, expect, it } from 'vitest';
import { loadConfig } from './index.js';

describe('operations configuration', () => {
  it('has production defaults', () => {
    expect(loadConfig({}).operations).toEqual({
      requestTimeoutMs: 20_000,
      shutdownTimeoutMs: 10_000,
      rateLimits: { windowMs: 60_000, chat: 30, assist: 120, slack: 60 },
      trustedProxyHops: 0,
      log: { level: 'info', questions: true, redactEmails: true },
      index: { watchIntervalMs: 2_000, buildOnStart: true },
    });
  });

  it('reads flags as true/false, 1/0 or yes/no in any case', () => {
    expect(loadConfig({ LOG_QUESTIONS: 'FALSE', LOG_REDACT_EMAILS: '0', INDEX_BUILD_ON_START: 'no' }).operations).toMatchObject({ log: { questions: false, redactEmails: false }, index: { buildOnStart: false } });
    expect(() => loadConfig({ INDEX_BUILD_ON_START: 'maybe' })).toThrow(/INDEX_BUILD_ON_START: /);
  });

  it('names both variables when the request deadline is not longer than the chat model one', () => {
    const chat = { CHAT_PROVIDER: 'openai', OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' };
    expect(() => loadConfig({ ...chat, CHAT_TIMEOUT_MS: '20000' })).toThrow(/REQUEST_TIMEOUT_MS \(20000\) must be greater than CHAT_TIMEOUT_MS \(20000\)/);
    expect(loadConfig({ ...chat, CHAT_TIMEOUT_MS: '20000', REQUEST_TIMEOUT_MS: '25000' }).operations.requestTimeoutMs).toBe(25_000);
    expect(loadConfig({ CHAT_TIMEOUT_MS: '20000' }).operations.requestTimeoutMs).toBe(20_000); // no chat model: no conflict
  });

  it('rejects negative limits and unknown log levels', () => {
    expect(() => loadConfig({ RATE_LIMIT_CHAT: '-1', LOG_LEVEL: 'loud' })).toThrow(/RATE_LIMIT_CHAT: .*LOG_LEVEL: /);
  });
});
