import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { streamLlmAnswer } from './stream-llm-answer.js';
import { abstainedResult, fakeExtractive, mfaExtractiveResult } from './test-fixtures.js';
import type { AppError } from '../../errors.js';
import { createChatModel } from '../../models/chat-model.js';
import { startOpenAICompatibleServer, type OpenAICompatibleServer } from '../../testing/openai-compatible-server.js';
import type { AnswerResult } from '../types.js';

/** Drains the generator: the deltas it yielded and the result it returned. */
async function collect(generator: AsyncGenerator<string, AnswerResult>): Promise<{ deltas: string[]; result: AnswerResult }> {
  const deltas: string[] = [];
  for (;;) {
    const step = await generator.next();
    if (step.done) return { deltas, result: step.value };
    deltas.push(step.value);
  }
}

describe('streamLlmAnswer', () => {
  let server: OpenAICompatibleServer;
  let modelErrors: AppError[];
  beforeEach(async () => {
    server = await startOpenAICompatibleServer();
    modelErrors = [];
  });
  afterEach(async () => {
    await server.close();
  });

  const stream = (extractive = mfaExtractiveResult, timeoutMs = 5_000) =>
    streamLlmAnswer(
      {
        model: createChatModel({ provider: 'openai', model: 'test-model', apiKey: 'sk-test-key', baseURL: server.url, timeoutMs: 10_000 })!,
        extractive: fakeExtractive(extractive),
        timeoutMs,
        onModelError: (error) => modelErrors.push(error),
      },
      { question: 'I lost my phone with the authenticator app, how do I log in?' },
    );
  const degraded: AnswerResult = { ...mfaExtractiveResult, degraded: true, answerer: 'extractive' };

  it('streams the cited answer line by line, dropping a citation split across deltas that resolves to no source', async () => {
    server.setBehaviour({
      kind: 'reply',
      content: '',
      chunks: ['- Use the backup ', 'codes you stored offline [', '1].\n- Ask an admin ', '[7', '] to reset MFA [1].'],
    });

    const { deltas, result } = await collect(stream());

    expect(result.answer).toBe(
      '- Use the backup codes you stored offline [1].\n- Ask an admin to reset MFA [1].\n\n**Sources**\n[1] Login failures › MFA recovery',
    );
    expect(deltas).toEqual([
      '- Use the backup codes you stored offline [1].',
      '\n- Ask an admin to reset MFA [1].',
      '\n\n**Sources**\n[1] Login failures › MFA recovery',
    ]);
    expect(deltas.some((delta) => delta.includes('[7') || delta.includes('7]'))).toBe(false);
    expect(result).toMatchObject({ answerer: 'llm', degraded: false, abstained: false, citations: mfaExtractiveResult.citations });
    expect(server.requests[0]?.body).toMatchObject({ stream: true });
  });

  it('yields the extractive answer in one piece when the socket closes before the first token', async () => {
    server.setBehaviour({ kind: 'close-mid-stream', chunksBeforeClose: [] });

    const { deltas, result } = await collect(stream());

    expect(deltas).toEqual([mfaExtractiveResult.answer]);
    expect(result).toEqual(degraded);
    expect(modelErrors.map((error) => error.code)).toEqual(['model_unavailable']);
  });

  it('shows nothing of an uncited reply that breaks off, and degrades', async () => {
    server.setBehaviour({ kind: 'close-mid-stream', chunksBeforeClose: ['Use the backup ', 'codes you '] });

    const { deltas, result } = await collect(stream());

    expect(deltas).toEqual([mfaExtractiveResult.answer]);
    expect(result).toEqual(degraded);
  });

  it('adds the extractive answer after the text already shown when the stream breaks later', async () => {
    server.setBehaviour({ kind: 'close-mid-stream', chunksBeforeClose: ['- Use your backup codes [1].\n', '- Ask an '] });

    const { deltas, result } = await collect(stream());

    expect(deltas).toEqual(['- Use your backup codes [1].', `\n\n${mfaExtractiveResult.answer}`]);
    expect(result).toEqual({ ...degraded, answer: deltas.join('') });
  });

  it('yields the extractive answer within the timeout when the model hangs', async () => {
    server.setBehaviour({ kind: 'hang' });

    const started = performance.now();
    const { deltas, result } = await collect(stream(mfaExtractiveResult, 300));
    const elapsedMs = performance.now() - started;

    expect(deltas).toEqual([mfaExtractiveResult.answer]);
    expect(result).toEqual(degraded);
    expect(elapsedMs).toBeGreaterThanOrEqual(290);
    expect(elapsedMs).toBeLessThan(300 + 400);
    expect(modelErrors.map((error) => error.code)).toEqual(['model_timeout']);
  });

  it('degrades when the model returns HTTP 500', async () => {
    server.setBehaviour({ kind: 'http-error', status: 500 });

    const { deltas, result } = await collect(stream());

    expect(deltas).toEqual([mfaExtractiveResult.answer]);
    expect(result).toEqual(degraded);
    expect(modelErrors.map((error) => error.message)).toEqual(['Chat model request failed (HTTP 500).']);
  });

  it('yields an abstention unchanged without calling the model', async () => {
    const { deltas, result } = await collect(stream(abstainedResult));

    expect(deltas).toEqual([abstainedResult.answer]);
    expect(result).toBe(abstainedResult);
    expect(server.requests).toHaveLength(0);
  });
});
