/**
 * Chooses the chat model from config. The bot never needs one: with
 * `CHAT_PROVIDER=none` answers are extractive.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOpenAI } from '@langchain/openai';

import type { ChatConfig } from '../config/index.js';

/**
 * Builds the chat model configured in `chat`.
 *
 * - `provider: 'none'` → `undefined` (answer extractively).
 * - `provider: 'openai'` → a `ChatOpenAI` (Chat Completions API) for OpenAI or
 *   any OpenAI-compatible server (Azure OpenAI v1, Ollama, vLLM) at
 *   `chat.baseURL`, e.g. `http://127.0.0.1:11434/v1`.
 *
 * The model is deterministic (temperature 0) and never retries (`maxRetries: 0`):
 * on failure the caller falls back to the extractive answer instead. The
 * client-side request timeout is `chat.timeoutMs` (ms); callers should still
 * enforce their own deadline with an `AbortSignal`. Token usage is not
 * requested on streams, because some compatible servers reject `stream_options`.
 *
 * Does not call the network and does not throw for a valid {@link ChatConfig}.
 */
export function createChatModel(chat: ChatConfig): BaseChatModel | undefined {
  if (chat.provider === 'none') return undefined;
  return new ChatOpenAI({
    model: chat.model,
    apiKey: chat.apiKey,
    temperature: 0,
    maxRetries: 0,
    timeout: chat.timeoutMs,
    streamUsage: false,
    ...(chat.baseURL ? { configuration: { baseURL: chat.baseURL } } : {}),
  });
}
