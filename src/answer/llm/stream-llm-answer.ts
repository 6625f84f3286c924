/**
 * Streams a chat-model answer as text deltas, with the same grounding,
 * citation checks and fallback as {@link createLlmAnswerer}, released a line
 * at a time once each line is grounded in the guide.
 */
import type { AIMessageChunk } from '@langchain/core/messages';

import { createCitationFilter } from './citation-filter.js';
import { degradedAnswer, llmAnswer } from './compose-answer.js';
import { startDeadline } from './deadline.js';
import { citedSourceTexts } from './enforce-grounding.js';
import { createGroundedRelease } from './grounded-release.js';
import { buildGroundedPrompt } from './grounded-prompt.js';
import { toMessages } from './llm-answerer.js';
import { toModelError } from './model-error.js';
import { reportModelError, type LlmAnswererOptions } from './options.js';
import { AppError } from '../../errors.js';
import { citationNumbers } from '../groundedness/index.js';
import type { AnswerRequest, AnswerResult } from '../types.js';

/**
 * Answers `request`, yielding Markdown text deltas; the generator's return
 * value is the final {@link AnswerResult}. The yielded deltas always
 * concatenate to exactly `result.answer`.
 *
 * - Abstention (or no citations): yields the extractive answer in one piece; the model is not called.
 * - Success: model text is held back until its first valid `[n]` (so a reply
 *   that cites nothing shows nothing), invalid `[n]` are removed, and it is
 *   released a complete line at a time, each once the answer up to it is
 *   grounded in the sources it cites (`createGroundedRelease`; not token by
 *   token, so that no ungrounded claim is ever shown); the Sources list comes
 *   as the last delta. `answerer: 'llm'`.
 * - Failure or timeout before any text was yielded (HTTP error, socket closed,
 *   no valid citation, an unsupported or uncited claim (`model_ungrounded`),
 *   nothing within `options.timeoutMs` ms): yields the extractive answer in
 *   one piece; `degraded: true`, `answerer: 'extractive'`.
 * - Failure after text was yielded (only grounded lines were): yields `\n\n`
 *   plus the extractive answer, so the customer still gets the guide's steps;
 *   `degraded: true`, `answerer: 'extractive'`, `citations` are the extractive ones.
 *
 * `options.timeoutMs` bounds the whole stream, not each delta. Failures go to
 * `options.onModelError`; model errors are never thrown (errors from the
 * extractive answerer are). Stopping early
 * (`break` in `for await`) cancels the HTTP request.
 *
 * Read the result with `const step = await generator.next()` until `step.done`
 * (`for await` discards the return value).
 */
export async function* streamLlmAnswer(
  options: LlmAnswererOptions,
  request: AnswerRequest,
): AsyncGenerator<string, AnswerResult, undefined> {
  const extractive = await options.extractive.answer(request);
  if (extractive.abstained || extractive.citations.length === 0) {
    yield extractive.answer;
    return extractive;
  }

  const deadline = startDeadline(options.timeoutMs);
  const filter = createCitationFilter(new Set(extractive.citations.map((citation) => citation.n)));
  const release = createGroundedRelease(citedSourceTexts(extractive));
  const messages = toMessages(buildGroundedPrompt(request, extractive));
  let iterator: AsyncIterator<AIMessageChunk> | undefined;
  const pull = async (): Promise<IteratorResult<AIMessageChunk>> => {
    iterator ??= (await deadline.race(options.model.stream(messages, { signal: deadline.signal })))[Symbol.asyncIterator]();
    return deadline.race(iterator.next());
  };

  let shown = '';
  let failure: unknown;
  try {
    for (;;) {
      let step: IteratorResult<AIMessageChunk>;
      try {
        step = await pull();
      } catch (error) {
        failure = error;
        break;
      }
      if (step.done) break;
      const delta = release.push(filter.push(step.value.text));
      if (delta !== '') {
        shown += delta;
        yield delta;
      }
    }
    // LangChain ends an aborted stream quietly, so check the deadline as well.
    if (failure === undefined && deadline.expired) failure = new AppError('model_timeout', `Chat model did not answer within ${options.timeoutMs} ms.`);
    if (failure === undefined) {
      const tail = filter.end();
      const checked = tail === undefined ? undefined : release.end(tail);
      if (checked === undefined) failure = new AppError('model_unavailable', 'Chat model reply had no valid citation.');
      else if ('error' in checked) failure = checked.error;
      else {
        const result = llmAnswer(checked.body, citationNumbers(checked.body), extractive);
        for (const rest of [checked.body.slice(shown.length), result.answer.slice(checked.body.length)]) if (rest !== '') yield rest;
        return result;
      }
    }

    reportModelError(options, toModelError(failure, deadline.expired, options.timeoutMs));
    const fallback = degradedAnswer(extractive);
    if (shown === '') {
      yield fallback.answer;
      return fallback;
    }
    const continuation = `\n\n${extractive.answer}`;
    yield continuation;
    return { ...fallback, answer: shown + continuation };
  } finally {
    deadline.dispose();
    iterator?.return?.().catch(() => {});
  }
}
