/**
 * The chat model factory behind a dynamic import, so that the offline default
 * (`CHAT_PROVIDER=none`) never loads `@langchain/openai` and the OpenAI SDK
 * (about 0.3 s of module loading under tsx, 0.6 MB of a bundle).
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';

import type { ChatConfig } from '../config/index.js';

/**
 * {@link createChatModel} (from `chat-model.ts`), imported only when `chat`
 * configures a model.
 *
 * @returns `undefined` for `provider: 'none'`, else the `ChatOpenAI` that
 *   `createChatModel(chat)` builds. Does not call the network; rejects only if
 *   the module cannot be loaded.
 */
export async function loadChatModel(chat: ChatConfig): Promise<BaseChatModel | undefined> {
  if (chat.provider === 'none') return undefined;
  const { createChatModel } = await import('./chat-model.js');
  return createChatModel(chat);
}
