/**
 * The tester's report, end to end: the production server with
 * CHAT_PROVIDER=openai pointed at a loopback model that invents steps and
 * cites the MFA section for them. Both chat endpoints must answer from the
 * guide, degraded, and report `model_ungrounded` without the question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { inventedStepsReply } from './test-fixtures.js';
import { readEvents } from '../../channels/widget/test-helpers.js';
import { startTestServer, type TestServer } from '../../lifecycle/test-server.js';
import { startOpenAICompatibleServer, type OpenAICompatibleServer } from '../../testing/openai-compatible-server.js';

const question = 'I lost my authenticator phone';
const post = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
let model: OpenAICompatibleServer;
let server: TestServer;
let guideAnswer: string;
beforeAll(async () => {
  model = await startOpenAICompatibleServer({ behaviour: { kind: 'reply', content: inventedStepsReply } });
  server = await startTestServer({ CHAT_PROVIDER: 'openai', OPENAI_BASE_URL: model.url, CHAT_TIMEOUT_MS: '5000' });
  guideAnswer = (await server.running.pipeline.extractive.answer({ question })).answer;
});
afterAll(async () => {
  await server.running.close();
  await model.close();
});

/** The codes of the log lines that report a model error, and whether any of them mentions the question. */
function modelErrorLog() {
  const lines = server.log.lines().filter((line) => line.level === 'warn' && 'code' in line);
  return { codes: lines.map((line) => line.code), mentionsQuestion: JSON.stringify(lines).includes(question) };
}

describe('a chat model that invents steps and cites the guide for them', () => {
  it('POST /v1/chat answers from the guide, degraded, and reports model_ungrounded', async () => {
    const response = await server.running.app.request('/v1/chat', post({ question }));

    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ answer: guideAnswer, abstained: false, degraded: true });
    expect(body.answer).not.toContain('Disable MFA');
    expect(body.citations.map((citation: { id: string }) => citation.id)).toContain('login-failures/mfa-recovery');
    expect(model.requests).toHaveLength(1);
    expect(modelErrorLog()).toEqual({ codes: ['model_ungrounded'], mentionsQuestion: false });
  });

  it('POST /v1/chat/stream shows none of it: the guide answer in one piece, degraded', async () => {
    const response = await server.running.app.request('/v1/chat/stream', post({ question }));

    const events = await readEvents(response);
    const text = events.flatMap((event) => (event.event === 'text' ? [event.data.delta] : []));
    expect(text).toEqual([guideAnswer]);
    expect(events.find((event) => event.event === 'done')?.data).toMatchObject({ abstained: false, degraded: true });
    expect(model.requests).toHaveLength(2);
    expect(modelErrorLog()).toEqual({ codes: ['model_ungrounded', 'model_ungrounded'], mentionsQuestion: false });
    const metrics = await (await server.running.app.request('/metrics')).text();
    expect(metrics).toMatch(/support_bot_model_errors_total\{code="model_ungrounded"\} 2/);
  });
});
