import { Hono, type Context } from 'hono';
import { describe, expect, it } from 'vitest';

import { createErrorHandler } from '../error-handler.js';
import { apiKeyIdKey, clientIp, slackTeamKey } from './client-keys.js';
import { rateLimit } from './rate-limit.js';

function limitedApp(key: (context: Context) => string | Promise<string>, limit = 2): Hono {
  const app = new Hono();
  app.use('*', rateLimit({ name: 'test', limit, windowMs: 60_000, key }));
  app.post('/', async (context) => context.json({ key: await key(context) }));
  app.onError(createErrorHandler(() => {}));
  return app;
}

const socket = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

describe('clientIp', () => {
  const ipApp = (hops: number) => new Hono().get('/', (context) => context.text(clientIp(context, hops)));

  it('uses the socket address when no proxy is trusted, ignoring X-Forwarded-For', async () => {
    const response = await ipApp(0).request('/', { headers: { 'x-forwarded-for': '1.2.3.4' } }, socket('192.0.2.10'));
    expect(await response.text()).toBe('192.0.2.10');
  });

  it('takes the n-th address from the right with n trusted proxies', async () => {
    const response = await ipApp(2).request('/', { headers: { 'x-forwarded-for': 'forged, 198.51.100.4, 10.0.0.2' } }, socket('10.0.0.3'));
    expect(await response.text()).toBe('198.51.100.4');
  });

  it('falls back to the socket when the header is shorter than the proxy chain, and to "unknown" without a socket', async () => {
    expect(await (await ipApp(2).request('/', { headers: { 'x-forwarded-for': '198.51.100.4' } }, socket('192.0.2.11'))).text()).toBe('192.0.2.11');
    expect(await (await ipApp(0).request('/')).text()).toBe('unknown');
  });
});

describe('rateLimit keys', () => {
  it('counts agent-assist requests per API key id, never using the secret part', async () => {
    const app = limitedApp(apiKeyIdKey(0));
    const call = (key: string) => app.request('/', { method: 'POST', headers: { authorization: `Bearer ${key}` } }, socket('192.0.2.20'));
    const first = await call('sbk_support-tool_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(await first.json()).toEqual({ key: 'key:support-tool' });
    expect((await call('sbk_support-tool_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB')).status).toBe(200);
    expect((await call('sbk_support-tool_CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC')).status).toBe(429);
    expect((await call('sbk_other-tool_CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC')).status).toBe(200);
    expect(await (await call('not-a-key')).json()).toEqual({ key: 'ip:192.0.2.20' });
  });

  it('counts Slack commands per workspace (team_id), leaving the body readable for the form validator after it', async () => {
    const app = new Hono();
    app.use('*', rateLimit({ name: 'slack', limit: 1, windowMs: 60_000, key: slackTeamKey(0) }));
    app.post('/', async (context) => context.text(await context.req.text()));
    app.onError(createErrorHandler(() => {}));
    const command = (team: string) => app.request('/', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `team_id=${team}&text=hello` });
    const first = await command('T111');
    expect(await first.text()).toBe('team_id=T111&text=hello');
    expect((await command('T111')).status).toBe(429);
    expect((await command('T222')).status).toBe(200);
  });

  it('is off with a limit of 0', async () => {
    const app = limitedApp(() => 'everyone', 0);
    const statuses = await Promise.all(Array.from({ length: 5 }, async () => (await app.request('/', { method: 'POST' })).status));
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
  });
});
