import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startOpenAICompatibleServer, type OpenAICompatibleServer } from '../testing/openai-compatible-server.js';
import { startTestServer, type TestServer } from './test-server.js';

let model: OpenAICompatibleServer;
let server: TestServer;
beforeAll(async () => {
  model = await startOpenAICompatibleServer({ behaviour: { kind: 'hang' } });
  server = await startTestServer({ CHAT_PROVIDER: 'openai', OPENAI_BASE_URL: model.url, CHAT_TIMEOUT_MS: '10000' });
});
afterAll(async () => {
  await server.running.close();
  await model.close();
});

describe('the chat model server dies mid-request', () => {
  it('still answers from the guide (degraded), logs the model error and counts it', async () => {
    const started = performance.now();
    const pending = fetch(`${server.url}/v1/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'I lost my authenticator phone' }) });
    for (let waited = 0; model.requests.length === 0 && waited < 5_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(model.requests[0]?.path).toBe('/v1/chat/completions');
    await model.close(); // destroys the open connection mid-request and stops listening
    const response = await pending;
    expect(performance.now() - started).toBeLessThan(5_000); // the kill, not CHAT_TIMEOUT_MS, ended the call
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ degraded: true, abstained: false });
    expect(body.citations[0].id).toBe('login-failures/mfa-recovery');
    const requestId = response.headers.get('x-request-id');
    const lines = server.log.lines().filter((line) => line.requestId === requestId);
    expect(lines).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'warn', code: 'model_unavailable' }), expect.objectContaining({ msg: 'request', status: 200, degraded: true, answerer: 'extractive' })]));
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/support_bot_model_errors_total\{code="model_unavailable"\} 1/);
    expect(metrics).toMatch(/support_bot_degraded_answers_total 1/);
  });
});
