import { afterEach, describe, expect, it } from 'vitest';

import { startOpenAICompatibleServer, type OpenAICompatibleServer } from '../testing/openai-compatible-server.js';
import { startTestServer } from './test-server.js';

let model: OpenAICompatibleServer | undefined;
afterEach(async () => {
  await model?.close();
  model = undefined;
});

/** A server whose chat model never answers: each answer takes CHAT_TIMEOUT_MS, then falls back to the guide. */
async function serverWithSlowModel(environment: Record<string, string>) {
  model = await startOpenAICompatibleServer({ behaviour: { kind: 'hang' } });
  return startTestServer({ CHAT_PROVIDER: 'openai', OPENAI_BASE_URL: model.url, ...environment });
}

const ask = (url: string) => fetch(`${url}/v1/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'I lost my authenticator phone' }) });

async function untilModelCalled(): Promise<void> {
  for (let waited = 0; model!.requests.length === 0 && waited < 5_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(model!.requests).toHaveLength(1);
}

describe('graceful shutdown', () => {
  it('stops accepting, lets the open request finish, then closes everything', async () => {
    const { running, url, log } = await serverWithSlowModel({ CHAT_TIMEOUT_MS: '600', SHUTDOWN_TIMEOUT_MS: '5000' });
    const open = ask(url);
    await untilModelCalled();
    const closing = running.close();
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    const response = await open;
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ degraded: true, abstained: false });
    expect(await closing).toMatchObject({ timedOut: false, failedClosers: [] });
    expect(log.lines().map((line) => line.msg)).toEqual(expect.arrayContaining(['shutting down: finishing open requests', 'shut down cleanly']));
  });

  it('cuts off requests still open after SHUTDOWN_TIMEOUT_MS', async () => {
    const { running, url } = await serverWithSlowModel({ CHAT_TIMEOUT_MS: '20000', REQUEST_TIMEOUT_MS: '30000', SHUTDOWN_TIMEOUT_MS: '200' });
    const open = ask(url).then(
      (response) => response.status,
      () => 'connection closed',
    );
    await untilModelCalled();
    const started = performance.now();
    expect(await running.close()).toMatchObject({ timedOut: true });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await open).toBe('connection closed');
  });
});
