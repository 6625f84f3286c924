import type { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestPipeline } from '../../testing/test-pipeline.js';
import { createApp } from './app.js';

let app: Hono;
beforeAll(async () => {
  const { pipeline } = await createTestPipeline();
  app = createApp({ pipeline: () => pipeline, answerer: 'extractive', maxBodyBytes: 256 * 1024 });
}, 60_000);
const chat = (body: unknown) => app.request('/v1/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('validation messages', () => {
  it('end with one period when the schema message already has one', async () => {
    const response = await chat({ question: '   ' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'validation_failed', message: 'Invalid request: question: Ask a question (1–4000 characters).' } });
  });

  it('name each bad field, joined by semicolons, with one period at the end', async () => {
    const response = await chat({ question: 'x'.repeat(4001), history: [{ role: 'bot', content: 'hi' }] });
    const { error } = (await response.json()) as { error: { message: string } };
    expect(error.message).toMatch(/^Invalid request: question: The question is longer than 4000 characters: shorten it to the problem and the exact error message; history\.0\.role: [^;]*[^.]\.$/);
    expect(error.message).not.toMatch(/\.\.|\.;/);
  });

  it('say how to send the question when it is missing or not a string', async () => {
    for (const body of [{}, { question: 42 }, { message: 'I lost my phone' }]) {
      const response = await chat(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: 'validation_failed', message: 'Invalid request: question: Send the question as a string, e.g. {"question": "I lost my authenticator phone"} (1–4000 characters).' } });
    }
  });

  it('say what a history turn looks like when history is malformed', async () => {
    const cases: [unknown, string][] = [
      ['not-an-array', 'history: history must be a list of earlier turns, oldest first, e.g. [{"role": "user", "content": "I lost my phone"}].'],
      [[42], 'history.0: each turn must look like {"role": "user", "content": "I lost my phone"}.'],
      [[{ role: 'x', content: 'hi' }], 'history.0.role: role must be "user" or "assistant".'],
      [[{ role: 'user' }], 'history.0.content: content must be the text of the turn.'],
      [Array.from({ length: 21 }, () => ({ role: 'user', content: 'hi' })), 'history: history holds at most 20 turns: send the most recent ones.'],
      [[{ role: 'user', content: 'a'.repeat(8001) }], "history.0.content: a turn's content is at most 8000 characters: shorten it or leave the turn out."],
    ];
    for (const [history, message] of cases) {
      const response = await chat({ question: 'ok', history });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: 'validation_failed', message: `Invalid request: ${message}` } });
    }
  });

  it('say to send a JSON object when the body is an array, null or a string', async () => {
    for (const body of [[], null, 'I lost my phone']) {
      const response = await chat(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: 'validation_failed', message: 'Invalid request: body: Send a JSON object, e.g. {"question": "I lost my authenticator phone"}.' } });
    }
  });
});
