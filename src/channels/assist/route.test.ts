import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AssistRequest, AssistResult, TicketAssistant } from '../../answer/assist/types.js';
import type { ApiKeyEntry } from '../../config/assist-api-keys.js';
import type { Pipeline } from '../../pipeline.js';
import { createApp } from '../http/app.js';
import { generateApiKey } from './api-keys.js';
import type { AuthFailure } from './require-api-key.js';

const reader = generateApiKey('support-tool', ['assist:read']);
const otherScope = generateApiKey('reporting', ['reports:read']);
const revoked = generateApiKey('old-tool', ['assist:read']);
const keys: ApiKeyEntry[] = [
  { id: 'support-tool', sha256: reader.sha256, scopes: ['assist:read'] },
  { id: 'reporting', sha256: otherScope.sha256, scopes: ['reports:read'] },
];

const result: AssistResult = {
  problems: [{ summary: 'MFA recovery', evidence: ['I lost my phone.'], sectionIds: ['login-failures/mfa-recovery'], citations: [1], confidence: 1, covered: true }],
  replyDraft: 'Hi,\n\n- Use the backup codes you stored offline during enrollment. [1]',
  questionsToAsk: ['Does it happen for every user, or only for some (which ones)?'],
  citations: [],
  abstained: false,
  degraded: false,
  secretsRedacted: false,
};

let received: AssistRequest[];
let failures: AuthFailure[];
const assistant: TicketAssistant = {
  async assist(request) {
    received.push(request);
    return result;
  },
};
const app = createApp({
  pipeline: () => ({}) as Pipeline,
  answerer: 'extractive',
  maxBodyBytes: 64 * 1024,
  assist: { assistant: () => assistant, keys, logAuthFailure: (failure) => failures.push(failure) },
});

const body = JSON.stringify({ ticket: 'I lost my phone with the authenticator app.' });
const post = (authorization?: string, requestBody = body, contentType = 'application/json') =>
  app.request('/v1/assist', {
    method: 'POST',
    headers: { 'content-type': contentType, ...(authorization === undefined ? {} : { authorization }) },
    body: requestBody,
  });
const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

beforeEach(() => {
  received = [];
  failures = [];
});

describe('POST /v1/assist authentication', () => {
  it('answers a valid key with the assistant result', async () => {
    const response = await post(`Bearer ${reader.key}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(result);
    expect(received).toEqual([{ ticket: 'I lost my phone with the authenticator app.' }]);
    expect(failures).toEqual([]);
  });

  it('accepts the scheme in any case (RFC 9110 §11.1)', async () => {
    expect((await post(`bearer ${reader.key}`)).status).toBe(200);
  });

  it('refuses a request without Authorization: 401 naming the scheme, with a Bearer challenge', async () => {
    const response = await post(undefined);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="support-bot"');
    const error = await errorOf(response);
    expect(error.code).toBe('unauthorized');
    expect(error.message).toMatch(/^Missing Authorization header\. Send the key as "Authorization: Bearer <key>"/);
    expect(error.message).toContain('no quotes and no spaces or line breaks');
    expect(received).toEqual([]);
    expect(failures).toEqual([{ event: 'assist_auth_failed', reason: 'missing_header', status: 401, method: 'POST', path: '/v1/assist' }]);
  });

  it('refuses another scheme, naming it and the expected one, without echoing the credential', async () => {
    const response = await post(`Basic ${Buffer.from(`support-tool:${reader.key}`).toString('base64')}`);
    expect(response.status).toBe(401);
    const error = await errorOf(response);
    expect(error.message).toMatch(/^The Authorization header uses the "Basic" scheme; this API expects Bearer\. Send the key as "Authorization: Bearer <key>"/);
    expect(failures).toMatchObject([{ reason: 'wrong_scheme', status: 401 }]);
  });

  it('refuses a bare key without a scheme and says to put Bearer before it', async () => {
    const response = await post(reader.key);
    expect(response.status).toBe(401);
    const error = await errorOf(response);
    expect(error.message).toContain('has no scheme (put "Bearer " before the key)');
    expect(error.message).not.toContain(reader.key);
  });

  it('accepts trailing spaces, which HTTP strips from header values (RFC 9110 §5.5)', async () => {
    const response = await post(`Bearer ${reader.key}   `);
    expect(response.status).toBe(200);
  });

  it.each([
    ['a literal \\n from a CI secret', `Bearer ${reader.key}\\n`],
    ['a trailing non-breaking space', `Bearer ${reader.key}\u00a0`],
    ['a space inside the key', `Bearer ${reader.key.slice(0, 20)} ${reader.key.slice(20)}`],
    ['a tab after the scheme', `Bearer\t${reader.key}`],
  ])('refuses stray whitespace (%s) with a 401 that warns about it, logging the key id only', async (_name, header) => {
    const response = await post(header);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="support-bot", error="invalid_token"');
    const error = await errorOf(response);
    expect(error.message).toMatch(/^The key contains whitespace or a line break .* Send the key as "Authorization: Bearer <key>"/);
    expect(failures).toEqual([{ event: 'assist_auth_failed', reason: 'malformed_credential', status: 401, keyId: 'support-tool', method: 'POST', path: '/v1/assist' }]);
  });

  it('refuses a quoted key with a 401 that says to remove the quotes', async () => {
    const response = await post(`Bearer "${reader.key}"`);
    expect(response.status).toBe(401);
    expect((await errorOf(response)).message).toMatch(/^The Authorization header contains quotes; remove them\. Send the key as "Authorization: Bearer <key>"/);
    expect(failures).toMatchObject([{ reason: 'malformed_credential', keyId: 'support-tool' }]);
  });

  it.each([
    ['an unknown key', generateApiKey('stranger', ['assist:read']).key, 'stranger'],
    ['a revoked key (its entry removed from ASSIST_API_KEYS)', revoked.key, 'old-tool'],
    ['a known id with the wrong secret', `${reader.key.slice(0, -1)}${reader.key.endsWith('A') ? 'B' : 'A'}`, 'support-tool'],
    ['a value that is not a key at all', 'not-a-key-at-all', undefined],
  ])('refuses %s with 401 and the same message', async (_name, key, keyId) => {
    const response = await post(`Bearer ${key}`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="support-bot", error="invalid_token"');
    expect(await errorOf(response)).toEqual({
      code: 'unauthorized',
      message: 'The API key is not recognised: it is unknown or has been revoked. Check that the whole key was copied, or ask an admin for a new one (npm run keys -- create).',
    });
    expect(failures).toEqual([{ event: 'assist_auth_failed', reason: 'unknown_key', status: 401, ...(keyId ? { keyId } : {}), method: 'POST', path: '/v1/assist' }]);
  });

  it('refuses a key without the assist:read scope with 403 naming the scope', async () => {
    const response = await post(`Bearer ${otherScope.key}`);
    expect(response.status).toBe(403);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="support-bot", error="insufficient_scope", scope="assist:read"');
    expect(await errorOf(response)).toEqual({
      code: 'forbidden',
      message: 'This API key lacks the scope "assist:read" that POST /v1/assist needs. Ask an admin for a key with that scope (npm run keys -- create --scope assist:read).',
    });
    expect(failures).toEqual([{ event: 'assist_auth_failed', reason: 'missing_scope', status: 403, keyId: 'reporting', method: 'POST', path: '/v1/assist' }]);
    expect(received).toEqual([]);
  });

  it('never logs or returns a presented key', async () => {
    const attempts = [`Bearer ${otherScope.key}`, `Bearer "${reader.key}"`, `Bearer ${reader.key}\\n`, `Token ${reader.key}`, `Bearer ${revoked.key}`];
    const texts: string[] = [];
    for (const header of attempts) texts.push(await (await post(header)).text());
    const logged = JSON.stringify(failures);
    for (const secret of [reader.key, otherScope.key, revoked.key].map((key) => key.slice(-43))) {
      expect(logged).not.toContain(secret);
      for (const text of texts) expect(text).not.toContain(secret);
    }
    expect(failures).toHaveLength(attempts.length);
  });

  describe('default failure log', () => {
    afterEach(() => vi.restoreAllMocks());
    it('is one console.warn JSON line with a timestamp and without the key', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const quiet = createApp({ pipeline: () => ({}) as Pipeline, answerer: 'extractive', maxBodyBytes: 65536, assist: { assistant: () => assistant, keys } });
      await quiet.request('/v1/assist', { method: 'POST', headers: { authorization: `Bearer ${otherScope.key}`, 'content-type': 'application/json' }, body });
      expect(warn).toHaveBeenCalledTimes(1);
      const line = String(warn.mock.calls[0]![0]);
      expect(JSON.parse(line)).toMatchObject({ level: 'warn', event: 'assist_auth_failed', reason: 'missing_scope', status: 403, keyId: 'reporting' });
      expect(JSON.parse(line).time).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(line).not.toContain(otherScope.key);
    });
  });
});

describe('POST /v1/assist validation (after authentication)', () => {
  const auth = `Bearer ${reader.key}`;

  it('checks the key before the body: no key and a bad body is still 401', async () => {
    expect((await post(undefined, '{"nope": 1}')).status).toBe(401);
  });

  it('needs JSON (415)', async () => {
    const response = await post(auth, 'ticket=hi', 'application/x-www-form-urlencoded');
    expect(response.status).toBe(415);
    expect((await errorOf(response)).code).toBe('unsupported_media_type');
  });

  it.each([
    ['a missing ticket', {}, 'ticket'],
    ['a blank ticket', { ticket: '   ' }, 'Paste the ticket (1–20000 characters).'],
    ['a ticket over 20,000 characters', { ticket: 'x'.repeat(20_001) }, 'ticket: Too big'],
    ['an unknown context field', { ticket: 'hi', context: { tier: 'gold' } }, 'context'],
    ['a non-boolean sso', { ticket: 'hi', context: { sso: 'yes' } }, 'context.sso'],
  ])('refuses %s with 400 naming the field', async (_name, payload, fragment) => {
    const response = await post(auth, JSON.stringify(payload));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toContain(fragment);
    expect(received).toEqual([]);
  });

  it('passes a trimmed ticket and the context to the assistant', async () => {
    const response = await post(auth, JSON.stringify({ ticket: '  Our key gets 401.  ', context: { sso: true, idp: ' Okta ', plan: 'Enterprise' } }));
    expect(response.status).toBe(200);
    expect(received).toEqual([{ ticket: 'Our key gets 401.', context: { sso: true, idp: 'Okta', plan: 'Enterprise' } }]);
  });
});
