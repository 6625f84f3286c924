/**
 * Turns a model reply into an {@link AnswerResult}, or builds the fallback.
 */
import { keepValidCitations } from './citation-filter.js';
import { citedSourceTexts, groundingError } from './enforce-grounding.js';
import { appendSourcesList, stripModelSources } from './sources-list.js';
import { AppError } from '../../errors.js';
import type { AnswerResult } from '../types.js';

/**
 * Validates a whole model reply against `extractive.citations`: drops a Sources
 * section the model wrote itself, removes every `[n]` that does not resolve,
 * checks that every claim is grounded in the sources it cites
 * ({@link groundingError}), and appends the Sources list.
 *
 * @returns the `llm` answer.
 * @throws {AppError} `model_unavailable` when no valid citation remains;
 *   `model_ungrounded` when a claim is unsupported or uncited.
 */
export function composeLlmAnswer(modelText: string, extractive: AnswerResult): AnswerResult {
  const validNumbers = new Set(extractive.citations.map((citation) => citation.n));
  const { text, cited } = keepValidCitations(stripModelSources(modelText), validNumbers);
  if (text === undefined) throw new AppError('model_unavailable', 'Chat model reply had no valid citation.');
  const ungrounded = groundingError(text, citedSourceTexts(extractive));
  if (ungrounded) throw ungrounded;
  return llmAnswer(text, cited, extractive);
}

/**
 * The `llm` result for an already validated `body`: `answer` is `body` followed
 * by the Sources list of the `cited` numbers; `citations` are those of
 * `extractive` that are cited (numbers unchanged); `retrieved` is the extractive one.
 */
export function llmAnswer(body: string, cited: Iterable<number>, extractive: AnswerResult): AnswerResult {
  const citedNumbers = new Set(cited);
  const citations = extractive.citations.filter((citation) => citedNumbers.has(citation.n));
  return {
    answer: appendSourcesList(body, citations),
    citations,
    abstained: false,
    degraded: false,
    answerer: 'llm',
    retrieved: extractive.retrieved,
  };
}

/** The extractive result marked `degraded: true`, `answerer: 'extractive'`. */
export function degradedAnswer(extractive: AnswerResult): AnswerResult {
  return { ...extractive, degraded: true, answerer: 'extractive' };
}
