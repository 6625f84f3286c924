/**
 * The chat-model answerer: the extractive answer decides *whether* to answer
 * and *from what*; the model only rewrites it, grounded in the cited sources.
 */
import { HumanMessage, SystemMessage } from '@langchain/core/messages';

import { composeLlmAnswer, degradedAnswer } from './compose-answer.js';
import { startDeadline } from './deadline.js';
import { buildGroundedPrompt, type GroundedPrompt } from './grounded-prompt.js';
import { toModelError } from './model-error.js';
import { reportModelError, type LlmAnswererOptions } from './options.js';
import { AppError } from '../../errors.js';
import type { Answerer } from '../types.js';

/**
 * Creates an {@link Answerer} that writes answers with a chat model.
 *
 * For each request it first calls `options.extractive.answer(request)`. An
 * abstention (or a result without citations) is returned unchanged and the
 * model is not called. Otherwise the model answers from the cited sources
 * ({@link buildGroundedPrompt}); `[n]` markers that do not resolve are removed,
 * every claim must be grounded in the sources it cites (`composeLlmAnswer`,
 * `answer/groundedness/`), and the Sources list is appended (`answerer: 'llm'`,
 * `degraded: false`).
 *
 * When the model fails (HTTP error, connection error, malformed or empty reply,
 * no valid citation), states something its cited sources do not support or
 * cites nothing for a claim, or takes longer than `options.timeoutMs` ms, the
 * result is the extractive one with `degraded: true`, `answerer: 'extractive'`,
 * and the failure goes to `options.onModelError` as an `AppError`
 * (`model_unavailable`, `model_ungrounded` or `model_timeout`). Model errors
 * never escape `answer()`; errors from the extractive answerer do.
 */
export function createLlmAnswerer(options: LlmAnswererOptions): Answerer {
  return {
    async answer(request) {
      const extractive = await options.extractive.answer(request);
      if (extractive.abstained || extractive.citations.length === 0) return extractive;
      const deadline = startDeadline(options.timeoutMs);
      try {
        const messages = toMessages(buildGroundedPrompt(request, extractive));
        const reply = await deadline.race(options.model.invoke(messages, { signal: deadline.signal }));
        if (reply.text.trim() === '') throw new AppError('model_unavailable', 'Chat model reply was empty.');
        return composeLlmAnswer(reply.text, extractive);
      } catch (error) {
        reportModelError(options, toModelError(error, deadline.expired, options.timeoutMs));
        return degradedAnswer(extractive);
      } finally {
        deadline.dispose();
      }
    },
  };
}

/** The prompt as LangChain messages: system, then user. */
export function toMessages(prompt: GroundedPrompt): [SystemMessage, HumanMessage] {
  return [new SystemMessage(prompt.system), new HumanMessage(prompt.user)];
}
