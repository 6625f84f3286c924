/**
 * Options shared by {@link createLlmAnswerer} and {@link streamLlmAnswer}.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';

import type { AppError } from '../../errors.js';
import type { Answerer } from '../types.js';

/** What the chat-model answerer needs. */
export interface LlmAnswererOptions {
  /** The chat model, e.g. from `createChatModel(config.chat)`. */
  model: BaseChatModel;
  /** Does retrieval, the abstain decision and the citations; its answer is the fallback. */
  extractive: Answerer;
  /** How long the model may take for a whole answer, in ms; after that the extractive answer is used. */
  timeoutMs: number;
  /**
   * Told about each model failure that led to a fallback, as
   * `AppError('model_unavailable' | 'model_ungrounded' | 'model_timeout')`, with the
   * provider error as `cause` when there is one. Default: one `console.warn` line with the code and message (never
   * the question).
   */
  onModelError?: (error: AppError) => void;
}

/** Hands `error` to `options.onModelError`, or warns on the console. */
export function reportModelError(options: LlmAnswererOptions, error: AppError): void {
  if (options.onModelError) options.onModelError(error);
  else console.warn(`[llm-answerer] ${error.code}: ${error.message} Answered from the guide instead.`);
}
