import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTicketAssistantFromConfig } from '../../answer/assist/index.js';
import type { AssistResult } from '../../answer/assist/types.js';
import { loadConfig } from '../../config/index.js';
import { createPipeline } from '../../pipeline.js';
import { createApp } from '../http/app.js';
import { generateApiKey } from './api-keys.js';

/** The whole path, as an agent's tool uses it: ASSIST_API_KEYS read from the environment, the app, the real guide and index. */
const staff = generateApiKey('support-tool', ['assist:read']);
const reporting = generateApiKey('reporting', ['reports:read']);
let app: Hono;

beforeAll(async () => {
  const indexDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'support-bot-assist-api-')), 'index');
  const config = loadConfig({
    ...process.env,
    INDEX_DIR: indexDir,
    CHAT_PROVIDER: 'none',
    EMBEDDINGS_PROVIDER: 'local',
    ASSIST_API_KEYS: `# agents' internal tool\n${staff.entry}\n${reporting.entry}`,
  });
  const pipeline = await createPipeline(config);
  const assistant = createTicketAssistantFromConfig(pipeline, config);
  app = createApp({
    pipeline: () => pipeline,
    answerer: 'extractive',
    maxBodyBytes: config.maxBodyBytes,
    assist: { assistant: () => assistant, keys: config.assist.apiKeys, logAuthFailure: () => {} },
  });
}, 60_000);

const assist = (body: unknown, authorization?: string) =>
  app.request('/v1/assist', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(body),
  });

describe('POST /v1/assist with keys from the environment', () => {
  it('triages a real multi-problem ticket for a staff key: sections, a cited draft and follow-up questions', async () => {
    const ticket = [
      'Hello,',
      '',
      'Since we moved our CI runners to a new NAT gateway, the API calls from our automation are blocked.',
      'Separately, I lost my phone with the authenticator app and can’t log in.',
      '',
      'Best regards,',
      'Priya',
    ].join('\n');
    const response = await assist({ ticket }, `Bearer ${staff.key}`);
    expect(response.status).toBe(200);
    const result = (await response.json()) as AssistResult;
    expect(result.problems.map((problem) => [problem.sectionIds, problem.covered])).toEqual([
      [['login-failures/mfa-recovery'], true],
      [['login-failures/ip-lockout-recovery/api-calls-from-automation'], true],
    ]);
    expect(result.citations).toEqual([
      expect.objectContaining({ n: 1, id: 'login-failures/mfa-recovery', title: 'Login failures', section: 'Login failures › MFA recovery', source: 'login-failures.md', anchor: 'mfa-recovery' }),
      expect.objectContaining({ n: 2, id: 'login-failures/ip-lockout-recovery/api-calls-from-automation', anchor: 'api-calls-from-automation' }),
    ]);
    expect(result.replyDraft).toContain('- Use the backup codes you stored offline during enrollment. [1]');
    expect(result.replyDraft).toContain('- Update allowlists before you rotate CI runners to new NAT pools. [2]');
    expect(result.questionsToAsk).toContain('Did your CI runners or their outbound (NAT) IP addresses change recently?');
    expect(result.questionsToAsk).toContain('Do you still have the backup codes you saved when you set up MFA?');
    expect(result).toMatchObject({ abstained: false, degraded: false, secretsRedacted: false });
  });

  it('refuses keys from the environment that lack the scope, and requests without a key', async () => {
    const forbidden = await assist({ ticket: 'Our key gets 401.' }, `Bearer ${reporting.key}`);
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as { error: { message: string } }).error.message).toContain('lacks the scope "assist:read"');
    expect((await assist({ ticket: 'Our key gets 401.' })).status).toBe(401);
  });

  it('keeps POST /v1/chat public', async () => {
    const response = await app.request('/v1/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'I lost my authenticator phone' }),
    });
    expect(response.status).toBe(200);
  });
});
