import type { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';

import type { AssistResult } from '../../../answer/assist/types.js';
import { captureLog } from '../../../observability/captured-log.js';
import { createMetrics, type Metrics } from '../../../observability/metrics.js';
import { createTestPipeline } from '../../../testing/test-pipeline.js';
import { generateApiKey } from '../../assist/api-keys.js';
import type { SlackMessage } from '../../slack/block-kit.js';
import { signedRequest, slashCommandBody, testSigningSecret } from '../../slack/test-helpers.js';
import { createApp } from '../app.js';

/** Limits small enough to reach: 2 per minute for each Slack workspace and each staff key. */
const perWindow = 2;
const staff = generateApiKey('support-tool', ['assist:read']);
const other = generateApiKey('other-tool', ['assist:read']);
const assistResult: AssistResult = { problems: [], replyDraft: 'Hi,', questionsToAsk: [], citations: [], abstained: true, degraded: false, secretsRedacted: false };
let app: Hono;
let metrics: Metrics;
const errors: string[] = [];

beforeAll(async () => {
  const { pipeline } = await createTestPipeline();
  metrics = createMetrics({ defaultMetrics: false });
  app = createApp({
    pipeline: () => pipeline,
    answerer: 'extractive',
    maxBodyBytes: 64 * 1024,
    logError: (message) => errors.push(message),
    slack: { signingSecret: testSigningSecret },
    assist: { assistant: () => ({ assist: async () => assistResult }), keys: [staff, other].map((key) => ({ id: key.entry.split(':')[0]!, sha256: key.sha256, scopes: ['assist:read'] })), logAuthFailure: () => {} },
    operations: { logger: captureLog().logger, metrics, requestTimeoutMs: 5_000, rateLimits: { windowMs: 60_000, chat: 100, assist: perWindow, slack: perWindow }, trustedProxyHops: 0 },
  });
}, 60_000);

const slashCommand = (team: string, signed: boolean, text = 'I lost my authenticator phone') => {
  const body = slashCommandBody(text, { team_id: team });
  return app.request('/slack/commands', signed ? signedRequest(body) : signedRequest(body, { secret: 'not-the-signing-secret' }));
};
const rateLimitedCount = async (limiter: string) => Number(new RegExp(`support_bot_rate_limited_total\\{limiter="${limiter}"\\} (\\d+)`).exec(await (await app.request('/metrics')).text())?.[1] ?? 0);

describe('Slack rate limit (after the signature check, per verified team_id)', () => {
  it("refuses forged requests for team T with 401 without spending T's quota", async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await slashCommand('T0FORGED', false)).status).toBe(401);
    for (let attempt = 0; attempt < perWindow; attempt += 1) {
      const answer = await slashCommand('T0FORGED', true);
      expect(answer.status).toBe(200);
      expect(JSON.stringify(await answer.json())).toContain('backup codes');
    }
  });

  it('answers a workspace over its limit with an ephemeral 200 message naming the wait, not a JSON error', async () => {
    const before = await rateLimitedCount('slack');
    for (let attempt = 0; attempt < perWindow; attempt += 1) expect((await slashCommand('T0BUSY', true)).status).toBe(200);
    const refused = await slashCommand('T0BUSY', true);
    expect(refused.status).toBe(200);
    const message = (await refused.json()) as SlackMessage;
    expect(message.response_type).toBe('ephemeral');
    expect(message.text).toMatch(/^Too many questions right now; please try again in (\d+) seconds?\.$/);
    const seconds = Number(/in (\d+) second/.exec(message.text)![1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(JSON.stringify(message.blocks)).toContain('Your workspace has asked more questions than I can answer right now.');
    expect(message).not.toHaveProperty('error');
    expect(await rateLimitedCount('slack')).toBe(before + 1);
    expect(errors).toEqual([]);
    // Another workspace keeps its own quota.
    expect(JSON.stringify(await (await slashCommand('T0QUIET', true)).json())).toContain('backup codes');
  });
});

describe('assist rate limit (after authentication, per verified key id)', () => {
  const assist = (key: string) => app.request('/v1/assist', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ ticket: 'I lost my phone' }) });
  /** The real key's id with a wrong secret: what an attacker who knows only the id can send. */
  const forged = `sbk_support-tool_${'A'.repeat(43)}`;

  it("refuses a forged key with 401 without spending the real key's quota, then limits the real key with 429", async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await assist(forged)).status).toBe(401);
    for (let attempt = 0; attempt < perWindow; attempt += 1) expect((await assist(staff.key)).status).toBe(200);
    const refused = await assist(staff.key);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({ error: { code: 'rate_limited', message: expect.stringContaining(`at most ${perWindow} every 60 s`) } });
    expect((await assist(other.key)).status).toBe(200);
  });
});
