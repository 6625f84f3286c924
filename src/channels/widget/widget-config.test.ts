import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { loadConfig } from '../../config/index.js';

describe('widget configuration', () => {
  it('defaults to no cross-origin callers and data/feedback.sqlite', () => {
    const config = loadConfig({});
    expect(config.allowedOrigins).toEqual([]);
    expect(config.feedbackDbPath).toBe(path.resolve('data/feedback.sqlite'));
  });

  it('reads ALLOWED_ORIGINS as a comma or space separated list of exact origins', () => {
    const config = loadConfig({ ALLOWED_ORIGINS: ' https://support.planasonix.com, http://localhost:8080\nhttps://help.example.com ', FEEDBACK_DB_PATH: '/var/lib/bot/feedback.sqlite' });
    expect(config.allowedOrigins).toEqual(['https://support.planasonix.com', 'http://localhost:8080', 'https://help.example.com']);
    expect(config.feedbackDbPath).toBe('/var/lib/bot/feedback.sqlite');
  });

  it.each(['https://support.planasonix.com/', 'https://support.planasonix.com/help', '*', 'support.planasonix.com', 'ftp://files.example.com'])('refuses %s, naming the variable', (origin) => {
    expect(() => loadConfig({ ALLOWED_ORIGINS: origin })).toThrow(expect.objectContaining({ code: 'config_invalid', message: expect.stringMatching(/ALLOWED_ORIGINS.*each entry must be an origin/) }));
  });
});
