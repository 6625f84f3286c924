import { afterEach, describe, expect, it } from 'vitest';
import { mfaExtractiveResult } from '../../answer/llm/test-fixtures.js';
import type { AnswerResult, Answerer } from '../../answer/types.js';
import type { Pipeline } from '../../pipeline.js';
import { createApp } from '../http/app.js';
import type { SlackMessage } from './block-kit.js';
import { signedRequest, slashCommandBody, startResponseUrlReceiver, testSigningSecret, type ResponseUrlReceiver } from './test-helpers.js';

/** A chat-model-like answerer that takes `delayMs` to answer (or to fail), counting its calls. */
function slowAnswerer(delayMs: number, outcome: AnswerResult | Error = { ...mfaExtractiveResult, answerer: 'llm' }) {
  const calls = { count: 0 };
  const answerer: Answerer = {
    answer: () => {
      calls.count += 1;
      return new Promise((resolve, reject) => setTimeout(() => (outcome instanceof Error ? reject(outcome) : resolve(outcome)), delayMs));
    },
  };
  return { answerer, calls };
}

/** The app with the given answerer; the pipeline's other parts are not used by the Slack route. */
function appWith(answerer: Answerer, deferAfterMs: number) {
  const errors: string[] = [];
  const app = createApp({
    pipeline: () => ({ answerer }) as unknown as Pipeline,
    answerer: 'llm',
    maxBodyBytes: 64 * 1024,
    logError: (message) => errors.push(message),
    slack: { signingSecret: testSigningSecret, handoffChannel: '#support-humans', deferAfterMs },
  });
  return { app, errors };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let receiver: ResponseUrlReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

describe('POST /slack/commands: answers slower than the deferral window', () => {
  it('acknowledges at once, then delivers the answer once to response_url', async () => {
    receiver = await startResponseUrlReceiver();
    const { answerer, calls } = slowAnswerer(800);
    const { app } = appWith(answerer, 50);
    const started = performance.now();
    const response = await app.request('/slack/commands', signedRequest(slashCommandBody('share I lost my authenticator phone', { response_url: receiver.url })));
    const elapsedMs = performance.now() - started;
    expect(response.status).toBe(200);
    const acknowledgement = (await response.json()) as SlackMessage;
    expect(acknowledgement.response_type).toBe('ephemeral');
    expect(JSON.stringify(acknowledgement.blocks)).toContain('Looking that up');
    expect(elapsedMs).toBeLessThan(700);
    expect(receiver.received).toHaveLength(0);

    const [delivered] = (await receiver.waitFor(1)) as SlackMessage[];
    expect(delivered?.response_type).toBe('in_channel');
    expect(delivered?.blocks?.map((block) => block.type)).toEqual(['section', 'divider', 'section', 'context']);
    expect(JSON.stringify(delivered?.blocks)).toContain('*MFA recovery*');
    expect(JSON.stringify(delivered?.blocks)).toContain('written by a chat model from the cited sections only');
    expect(calls.count).toBe(1);
  });

  it('does not answer a Slack retry a second time, even while the first answer is pending', async () => {
    receiver = await startResponseUrlReceiver();
    const { answerer, calls } = slowAnswerer(300);
    const { app } = appWith(answerer, 30);
    const body = slashCommandBody('I lost my authenticator phone', { response_url: receiver.url });
    expect((await app.request('/slack/commands', signedRequest(body))).status).toBe(200);
    const retry = await app.request('/slack/commands', signedRequest(body, { headers: { 'x-slack-retry-num': '1' } }));
    expect(retry.status).toBe(200);
    expect(await retry.text()).toBe('');
    await receiver.waitFor(1);
    await sleep(400);
    expect(receiver.received).toHaveLength(1);
    expect(calls.count).toBe(1);
  });

  it('delivers a late failure as an ephemeral "something went wrong" message', async () => {
    receiver = await startResponseUrlReceiver();
    const { answerer } = slowAnswerer(200, new Error('model blew up'));
    const { app, errors } = appWith(answerer, 20);
    await app.request('/slack/commands', signedRequest(slashCommandBody('why 403?', { response_url: receiver.url })));
    const [delivered] = (await receiver.waitFor(1)) as SlackMessage[];
    expect(delivered?.response_type).toBe('ephemeral');
    expect(JSON.stringify(delivered)).toContain('something went wrong on our side');
    expect(JSON.stringify(delivered)).toContain('#support-humans');
    expect(JSON.stringify(delivered)).not.toContain('blew up');
    expect(errors).toEqual(['slack: answering a slash command failed']);
  });

  it('logs a delivery that Slack refuses', async () => {
    receiver = await startResponseUrlReceiver(404);
    const { answerer } = slowAnswerer(100);
    const { app, errors } = appWith(answerer, 10);
    await app.request('/slack/commands', signedRequest(slashCommandBody('why 403?', { response_url: receiver.url })));
    await receiver.waitFor(1);
    for (let attempt = 0; attempt < 100 && errors.length === 0; attempt += 1) await sleep(10);
    expect(errors).toEqual(['slack: delivering a delayed answer failed']);
  });
});

describe('POST /slack/commands: answers within the deferral window', () => {
  it('replies inline and never uses response_url', async () => {
    receiver = await startResponseUrlReceiver();
    const { answerer } = slowAnswerer(20);
    const { app } = appWith(answerer, 1000);
    const message = (await (await app.request('/slack/commands', signedRequest(slashCommandBody('I lost my phone', { response_url: receiver.url })))).json()) as SlackMessage;
    expect(JSON.stringify(message.blocks)).toContain('*MFA recovery*');
    await sleep(100);
    expect(receiver.received).toHaveLength(0);
  });
});
