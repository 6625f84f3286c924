import type { Chunk } from '../ingest/chunk.js';

/**
 * Makes loaded chunks share strings instead of holding copies (`JSON.parse`
 * gives every value its own string). Values are unchanged, in place:
 * - equal `source`, `title`, `context`, `anchor` and heading strings become
 *   one string (a page's chunks repeat its title, source and parent leads);
 * - each step and lead sentence that occurs verbatim in `text` becomes a slice
 *   of `text`, which V8 keeps as a reference into it (for 13+ characters)
 *   rather than a copy.
 *
 * Measured on the 100k-chunk synthetic corpus: chunk heap 174 → ~100 MiB.
 *
 * @returns `chunks`, for chaining.
 */
export function shareChunkStrings(chunks: Chunk[]): Chunk[] {
  const shared = new Map<string, string>();
  const one = (value: string): string => {
    const known = shared.get(value);
    if (known !== undefined) return known;
    shared.set(value, value);
    return value;
  };
  for (const chunk of chunks) {
    chunk.source = one(chunk.source);
    chunk.title = one(chunk.title);
    chunk.context = one(chunk.context);
    chunk.anchor = one(chunk.anchor);
    const { headingPath, steps, lead, text } = chunk;
    for (let at = 0; at < headingPath.length; at += 1) headingPath[at] = one(headingPath[at]!);
    for (let at = 0; at < steps.length; at += 1) steps[at] = sliceOf(text, steps[at]!);
    for (let at = 0; at < lead.length; at += 1) lead[at] = sliceOf(text, lead[at]!);
  }
  return chunks;
}

/** `part` as a slice of `text` when `text` contains it, else `part` itself. */
function sliceOf(text: string, part: string): string {
  const at = text.indexOf(part);
  return at < 0 ? part : text.slice(at, at + part.length);
}
