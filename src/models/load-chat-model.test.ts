import { ChatOpenAI } from '@langchain/openai';
import { describe, expect, it } from 'vitest';

import { loadChatModel } from './load-chat-model.js';

describe('loadChatModel', () => {
  it('loads nothing without a chat provider', async () => {
    expect(await loadChatModel({ provider: 'none' })).toBeUndefined();
  });

  it('builds the configured ChatOpenAI, as createChatModel does (no request is sent)', async () => {
    const model = await loadChatModel({ provider: 'openai', model: 'test-model', apiKey: 'sk-test-key', baseURL: 'http://127.0.0.1:9/v1', timeoutMs: 5_000 });
    expect(model).toBeInstanceOf(ChatOpenAI);
    expect(model).toMatchObject({ model: 'test-model', temperature: 0 });
  });
});
