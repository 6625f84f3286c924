import type { BaseChatModel } from '@langchain/core/language_models/chat_models';

import type { Config } from '../../config/index.js';
import type { AppError } from '../../errors.js';
import type { ProblemFinderDependencies } from './find-problems.js';
import { loadQuestionTable } from './follow-up-questions.js';
import { createModelRewording } from './model-rewording.js';
import { createTicketAssistant } from './ticket-assistant.js';
import type { TicketAssistant } from './types.js';

/**
 * The production ticket assistant over a pipeline's retriever, judge and
 * chunks: follow-up questions from `config.assist.questionsPath`, and chat-model
 * rewording when `config.chat` configures a model and `model` is given (else
 * offline, extractive).
 *
 * @param pipeline - e.g. the result of `createPipeline(config)`.
 * @param model - the chat model of `config.chat`, from `loadChatModel(config.chat)` (the caller loads it once, so this stays synchronous).
 * @param onModelError - told about each chat-model failure that fell back to the extractive text (default: one `console.warn` line).
 * @throws {AppError} `config_invalid` when the questions file is not valid YAML or not a valid table (see `loadQuestionTable`).
 */
export function createTicketAssistantFromConfig(pipeline: Omit<ProblemFinderDependencies, 'k'>, config: Config, model?: BaseChatModel, onModelError?: (error: AppError) => void): TicketAssistant {
  const questions = loadQuestionTable(config.assist.questionsPath, pipeline.chunks.map((chunk) => chunk.id));
  const rewording = model && config.chat.provider === 'openai' ? createModelRewording({ model, timeoutMs: config.chat.timeoutMs, ...(onModelError ? { onModelError } : {}) }) : undefined;
  return createTicketAssistant({ retriever: pipeline.retriever, judge: pipeline.judge, chunks: pipeline.chunks, k: config.retrieval.k, questions, ...(rewording ? { rewording } : {}) });
}
