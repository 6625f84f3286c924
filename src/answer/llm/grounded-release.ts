/**
 * Releases a streamed model answer line by line, each only once everything up
 * to it is grounded in the guide, so ungrounded text is never shown.
 */
import { groundingError } from './enforce-grounding.js';
import { stripModelSources } from './sources-list.js';
import type { AppError } from '../../errors.js';

/** Line-by-line release of a streamed answer; see {@link createGroundedRelease}. */
export interface GroundedRelease {
  /** Adds citation-filtered text; returns the text that may be shown now (often empty). */
  push(filtered: string): string;
  /**
   * Adds the last filtered text and checks the whole answer once the model is done.
   *
   * @returns `{body}`: the whole body without the model's own Sources section
   *   (starts with everything released so far), or `{error}`: the
   *   `model_ungrounded` error when a claim is not grounded.
   */
  end(lastFiltered: string): { body: string } | { error: AppError };
}

/**
 * Creates a release for one answer. Text is released only up to the end of a
 * complete line (the next line has begun and is not an indented continuation
 * of it), and only when the answer up to there passes the grounding check
 * (`groundingError`: every claim supported by the sources it cites). A line
 * that fails is held, and so is everything after it; {@link GroundedRelease.end}
 * then rejects the answer. Released text never includes a Sources section the
 * model wrote itself, nor trailing blank space.
 *
 * Trade-off: the customer sees the answer a line (a bullet or a paragraph) at
 * a time instead of token by token; a failing line is never shown.
 *
 * @param sources - citation number → the source text the model was given.
 */
export function createGroundedRelease(sources: ReadonlyMap<number, string>): GroundedRelease {
  let text = '';
  let released = '';
  let checkedCut = 0;
  return {
    push(filtered) {
      text += filtered;
      const cut = lastCompleteLine(text);
      if (cut <= checkedCut) return '';
      checkedCut = cut;
      const candidate = stripModelSources(text.slice(0, cut));
      if (candidate.length <= released.length || groundingError(candidate, sources)) return '';
      const out = candidate.slice(released.length);
      released = candidate;
      return out;
    },
    end(lastFiltered) {
      text += lastFiltered;
      const body = stripModelSources(text);
      const error = groundingError(body, sources);
      return error ? { error } : { body };
    },
  };
}

/** Index just after the last `\n` that is followed by the start of a new line (not a space or tab); 0 when none. */
function lastCompleteLine(text: string): number {
  for (let index = text.length - 2; index >= 0; index -= 1) {
    if (text[index] === '\n' && text[index + 1] !== ' ' && text[index + 1] !== '\t') return index + 1;
  }
  return 0;
}
