import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createLlmAnswerer } from './llm-answerer.js';
import type { LlmAnswererOptions } from './options.js';
import { streamLlmAnswer } from './stream-llm-answer.js';
import { faithfulMfaReply, fakeExtractive, inventedStepsReply, mfaExtractiveResult } from './test-fixtures.js';
import type { AppError } from '../../errors.js';
import { createChatModel } from '../../models/chat-model.js';
import { startOpenAICompatibleServer, type OpenAICompatibleServer } from '../../testing/openai-compatible-server.js';
import type { AnswerResult } from '../types.js';

const question = { question: 'I lost my phone with the authenticator app, how do I log in?' };
const degraded: AnswerResult = { ...mfaExtractiveResult, degraded: true, answerer: 'extractive' };
const sources = '\n\n**Sources**\n[1] Login failures › MFA recovery';
const uncitedReply = '- Your carrier can move the authenticator app to a new phone.\n- Use your backup codes [1].';
/** The reply as the server streams it: one delta per line, so line-by-line release is exercised. */
const byLine = (content: string) => ({ kind: 'reply' as const, content, chunks: content.split(/(?<=\n)/) });

let server: OpenAICompatibleServer;
let modelErrors: AppError[];
beforeAll(async () => {
  server = await startOpenAICompatibleServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  modelErrors = [];
});

const options = (): LlmAnswererOptions => ({
  model: createChatModel({ provider: 'openai', model: 'test-model', apiKey: 'sk-test-key', baseURL: server.url, timeoutMs: 5_000 })!,
  extractive: fakeExtractive(mfaExtractiveResult),
  timeoutMs: 5_000,
  onModelError: (error) => modelErrors.push(error),
});

/** Drains the stream: the deltas it yielded and the result it returned. */
async function collect(generator: AsyncGenerator<string, AnswerResult>): Promise<{ deltas: string[]; result: AnswerResult }> {
  const deltas: string[] = [];
  for (;;) {
    const step = await generator.next();
    if (step.done) return { deltas, result: step.value };
    deltas.push(step.value);
  }
}

const rejections = [
  ['invented steps citing a real section', inventedStepsReply, 'Chat model reply was not grounded (2 claims): 1 unsupported by the cited guide sections (groundedness below 0.6); 1 without a citation; 1 address(es) not in the guide.'],
  ['an uncited claim', uncitedReply, 'Chat model reply was not grounded (2 claims): 1 without a citation.'],
  ['an invented step in a bold heading', '**Open Settings and disable MFA**\n- Use your backup codes [1].', 'Chat model reply was not grounded (2 claims): 1 unsupported by the cited guide sections (groundedness below 0.6).'],
] as const;

describe('createLlmAnswerer holds the model to the guide', () => {
  it.each(rejections)('answers from the guide, degraded, for %s', async (_name, reply, message) => {
    server.setBehaviour({ kind: 'reply', content: reply });

    const result = await createLlmAnswerer(options()).answer(question);

    expect(result).toEqual(degraded);
    expect(modelErrors.map((error) => [error.code, error.status, error.message])).toEqual([['model_ungrounded', 502, message]]);
  });

  it('accepts a faithful paraphrase of the steps with [1] on each bullet', async () => {
    server.setBehaviour({ kind: 'reply', content: faithfulMfaReply });

    const result = await createLlmAnswerer(options()).answer(question);

    expect(result).toEqual({ ...mfaExtractiveResult, answer: faithfulMfaReply + sources, answerer: 'llm', degraded: false });
    expect(modelErrors).toEqual([]);
  });
});

describe('streamLlmAnswer holds the model to the guide', () => {
  it.each(rejections)('yields only the extractive answer, degraded, for %s', async (_name, reply, message) => {
    server.setBehaviour(byLine(reply));

    const { deltas, result } = await collect(streamLlmAnswer(options(), question));

    expect(deltas).toEqual([mfaExtractiveResult.answer]);
    expect(result).toEqual(degraded);
    expect(modelErrors.map((error) => [error.code, error.message])).toEqual([['model_ungrounded', message]]);
  });

  it('streams a faithful paraphrase a line at a time', async () => {
    server.setBehaviour(byLine(faithfulMfaReply));

    const { deltas, result } = await collect(streamLlmAnswer(options(), question));

    const lines = faithfulMfaReply.split('\n');
    expect(deltas).toEqual([`${lines[0]}\n${lines[1]}`, `\n${lines[2]}`, `\n${lines[3]}`, sources]);
    expect(result).toEqual({ ...mfaExtractiveResult, answer: faithfulMfaReply + sources, answerer: 'llm', degraded: false });
    expect(modelErrors).toEqual([]);
  });

  it('never shows an invented line: the grounded lines before it, then the guide’s answer', async () => {
    server.setBehaviour(byLine('- Use your backup codes [1].\n- Go to Settings > Security and click Disable MFA [1].\n- Ask an admin to reset MFA [1].'));

    const { deltas, result } = await collect(streamLlmAnswer(options(), question));

    expect(deltas).toEqual(['- Use your backup codes [1].', `\n\n${mfaExtractiveResult.answer}`]);
    expect(deltas.join('')).not.toContain('Disable MFA');
    expect(result).toEqual({ ...degraded, answer: deltas.join('') });
    expect(modelErrors.map((error) => error.code)).toEqual(['model_ungrounded']);
  });
});
