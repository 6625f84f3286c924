/**
 * Answer streamers: a question in, Markdown text deltas out, the final
 * AnswerResult as the generator's return value. The widget's SSE route sends
 * the deltas as they come.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';

import { streamLlmAnswer } from '../../answer/llm/index.js';
import { secretNotice } from '../../answer/redacting-answerer.js';
import type { AnswerRequest, AnswerResult, Answerer } from '../../answer/types.js';
import type { AppError } from '../../errors.js';
import { redactSecrets } from '../../redaction/redact-secrets.js';

/**
 * Streams one answer. The yielded deltas concatenate to exactly `result.answer`.
 * Read it with `generator.next()` until `done` (`for await` drops the result);
 * `generator.return()` stops it early (and cancels a model request).
 */
export type AnswerStreamer = (request: AnswerRequest) => AsyncGenerator<string, AnswerResult, undefined>;

/**
 * Streams an answerer's whole answer as one delta: the extractive path, which
 * has nothing to stream. Pass the pipeline's (redacting) answerer.
 */
export function singlePieceStreamer(answerer: () => Answerer): AnswerStreamer {
  return async function* (request) {
    const result = await answerer().answer(request);
    yield result.answer;
    return result;
  };
}

/** What {@link chatModelStreamer} needs. */
export interface ChatModelStreamerOptions {
  /** The chat model, from `createChatModel(config.chat)`. */
  model: BaseChatModel;
  /** The pipeline's extractive answerer: decides whether and from what to answer, and is the fallback. */
  extractive: () => Answerer;
  /** How long the model may take for a whole answer, in ms. */
  timeoutMs: number;
  /** Told about model failures that led to a fallback (default: one console line). */
  onModelError?: (error: AppError) => void;
}

/**
 * Streams chat-model tokens (`streamLlmAnswer`: grounded, citations checked,
 * extractive fallback on failure or timeout). The question and history are
 * redacted with `redactSecrets` first, since `streamLlmAnswer` does not; when
 * something was redacted, the first delta is the secret notice (as the
 * redacting answerer adds it to non-streamed answers).
 */
export function chatModelStreamer(options: ChatModelStreamerOptions): AnswerStreamer {
  return async function* (request) {
    const question = redactSecrets(request.question);
    const history = request.history?.map((turn) => ({ role: turn.role, content: redactSecrets(turn.content).text }));
    const notice = question.found.length > 0 ? `${secretNotice}\n\n` : '';
    if (notice !== '') yield notice;
    const llmOptions = { model: options.model, extractive: options.extractive(), timeoutMs: options.timeoutMs, ...(options.onModelError ? { onModelError: options.onModelError } : {}) };
    const result = yield* streamLlmAnswer(llmOptions, { question: question.text, ...(history ? { history } : {}) });
    return notice === '' ? result : { ...result, answer: notice + result.answer };
  };
}
