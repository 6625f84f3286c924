import { ChatOpenAI } from '@langchain/openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createChatModel } from './chat-model.js';
import { startOpenAICompatibleServer, type OpenAICompatibleServer } from '../testing/openai-compatible-server.js';

describe('createChatModel', () => {
  let server: OpenAICompatibleServer;
  beforeEach(async () => {
    server = await startOpenAICompatibleServer();
  });
  afterEach(async () => {
    await server.close();
  });

  const openai = () =>
    ({ provider: 'openai', model: 'test-model', apiKey: 'sk-test-key', baseURL: server.url, timeoutMs: 5_000 }) as const;

  it('returns undefined when no chat provider is configured', () => {
    expect(createChatModel({ provider: 'none' })).toBeUndefined();
  });

  it('talks to the configured base URL with the key, model and temperature 0', async () => {
    server.setBehaviour({ kind: 'reply', content: 'Use your backup codes [1].' });
    const model = createChatModel(openai());
    expect(model).toBeInstanceOf(ChatOpenAI);

    const reply = await model!.invoke('hello');

    expect(reply.text).toBe('Use your backup codes [1].');
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe('Bearer sk-test-key');
    expect(request?.body).toMatchObject({ model: 'test-model', temperature: 0, messages: [{ role: 'user', content: 'hello' }] });
    expect(request?.rawBody).not.toContain('sk-test-key');
  });

  it('does not retry a failed request (the answerer falls back instead)', async () => {
    server.setBehaviour({ kind: 'http-error', status: 500 });
    const model = createChatModel(openai());

    await expect(model!.invoke('hello')).rejects.toMatchObject({ status: 500 });
    expect(server.requests).toHaveLength(1);
  });

  it('streams without asking for usage (stream_options), which some compatible servers reject', async () => {
    server.setBehaviour({ kind: 'reply', content: 'a b c', chunks: ['a ', 'b ', 'c'] });
    const model = createChatModel(openai());

    const deltas: string[] = [];
    for await (const chunk of await model!.stream('hello')) deltas.push(chunk.text);

    expect(deltas.join('')).toBe('a b c');
    expect(server.requests[0]?.body).toMatchObject({ stream: true });
    expect(server.requests[0]?.body).not.toHaveProperty('stream_options');
  });
});
