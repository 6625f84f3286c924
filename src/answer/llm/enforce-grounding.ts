/**
 * Holds a model's answer to the guide: the sources it may rely on, and the
 * error that rejects it when a claim is not backed by them.
 */
import { AppError } from '../../errors.js';
import { GROUNDEDNESS_THRESHOLD, checkGrounding } from '../groundedness/index.js';
import type { AnswerResult } from '../types.js';

/**
 * The text each source shows the model, by citation number: the section path
 * and the chunk's body (from `extractive.retrieved`; the citation snippet when
 * the chunk is missing), the same text the grounded prompt sends and the eval
 * scores against.
 */
export function citedSourceTexts(extractive: AnswerResult): Map<number, string> {
  const chunks = new Map(extractive.retrieved.map((scored) => [scored.chunk.id, scored.chunk]));
  return new Map(extractive.citations.map((citation) => [citation.n, `${citation.section}\n${chunks.get(citation.id)?.text ?? citation.snippet}`]));
}

/**
 * Checks a model's answer body (citations already filtered, no Sources list)
 * with {@link checkGrounding} at {@link GROUNDEDNESS_THRESHOLD}.
 *
 * @returns `undefined` when every claim is grounded, else an
 *   `AppError('model_ungrounded')` whose message gives only counts (never the
 *   claims, which could echo the question).
 */
export function groundingError(body: string, sources: ReadonlyMap<number, string>): AppError | undefined {
  const check = checkGrounding(body, sources);
  if (check.grounded) return undefined;
  const unsupported = check.claims.filter((claim) => claim.verdict === 'unsupported').length;
  const uncited = check.claims.filter((claim) => claim.verdict === 'uncited').length;
  const parts = [
    ...(unsupported > 0 ? [`${unsupported} unsupported by the cited guide sections (groundedness below ${GROUNDEDNESS_THRESHOLD})`] : []),
    ...(uncited > 0 ? [`${uncited} without a citation`] : []),
    ...(check.unknownAddresses.length > 0 ? [`${check.unknownAddresses.length} address(es) not in the guide`] : []),
  ];
  return new AppError('model_ungrounded', `Chat model reply was not grounded (${check.claims.length} claims): ${parts.join('; ')}.`);
}
