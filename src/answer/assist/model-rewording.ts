import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { AppError } from '../../errors.js';
import { createLlmAnswerer } from '../llm/index.js';
import { stripModelSources } from '../llm/sources-list.js';
import type { AnswerResult } from '../types.js';

/** Rewrites one problem's extractive text in better words, grounded in the same cited sections. */
export interface Rewording {
  /**
   * @param statement - the customer's words for the problem (redacted).
   * @param extractive - the problem's extractive text as an answer (global `[n]` numbers, its citations, its sections as `retrieved`).
   * @returns the new body without a Sources list, and `degraded: true` when the model failed and `extractive`'s body was kept.
   *   Never throws for model failures.
   */
  reword(statement: string, extractive: AnswerResult): Promise<{ body: string; degraded: boolean }>;
}

/** Options of {@link createModelRewording}. */
export interface ModelRewordingOptions {
  /** The chat model, e.g. from `createChatModel(config.chat)`. */
  model: BaseChatModel;
  /** How long the model may take per problem, in ms; after that the extractive text is kept. */
  timeoutMs: number;
  /** Told about each model failure (default: one `console.warn` line, never the ticket). */
  onModelError?: (error: AppError) => void;
}

/**
 * A {@link Rewording} by a chat model, reusing the chat answerer
 * (`createLlmAnswerer`): the same grounded prompt, the same removal of `[n]`
 * that resolve to no given section, the same fallback to the extractive text
 * on error or timeout.
 */
export function createModelRewording(options: ModelRewordingOptions): Rewording {
  return {
    async reword(statement, extractive) {
      const answerer = createLlmAnswerer({ ...options, extractive: { answer: async () => extractive } });
      const result = await answerer.answer({ question: statement });
      return { body: stripModelSources(result.answer), degraded: result.degraded };
    },
  };
}
