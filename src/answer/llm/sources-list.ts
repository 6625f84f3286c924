/**
 * The Sources list under an LLM answer: the model's own list is dropped and
 * the shared one (`sourcesList` from `answer/citations.ts`, the same format as
 * the extractive answer) is appended.
 */
import { sourcesList } from '../citations.js';
import type { Citation } from '../types.js';

/** A Sources heading the model may have written itself: `**Sources**`, `## Sources`, `Sources:`. */
const modelSourcesHeading = /^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?Sources:?(?:\*\*|__)?:?[ \t]*$/im;

/**
 * `body` followed by a blank line and the Sources list of `cited`
 * (`**Sources**` then `[n] Section path` lines, linked when the page has a URL).
 * Returns `body` unchanged when nothing is cited.
 */
export function appendSourcesList(body: string, cited: Citation[]): string {
  return cited.length === 0 ? body : `${body}\n\n${sourcesList(cited)}`;
}

/** Removes a Sources section the model wrote itself (from its heading to the end) and trailing blank space. */
export function stripModelSources(text: string): string {
  const match = modelSourcesHeading.exec(text);
  return (match ? text.slice(0, match.index) : text).trimEnd();
}
