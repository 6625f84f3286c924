import type { Chunk } from './chunk.js';

/**
 * The section id of a chunk id: the id without the `~n` part suffix {@link splitLongChunk} gives later parts
 * (`login-failures/mfa-recovery~2` → `login-failures/mfa-recovery`).
 */
export function sectionOf(chunkId: string): string {
  return chunkId.replace(/~\d+$/, '');
}

/** Options for {@link splitLongChunk}. */
export interface SplitOptions {
  /** Largest chunk text, in characters (default 1,500). */
  maxCharacters?: number;
  /** Steps (list items or sentences) repeated at the start of the next part (default 1). */
  overlap?: number;
}

/**
 * Splits a chunk whose text is longer than `maxCharacters` into parts of
 * whole steps (or, without steps, whole lead sentences), each part repeating
 * the last `overlap` units of the previous one. Parts keep the heading path
 * and anchor; their ids get a `~2`, `~3`, … suffix (the first part keeps the
 * section id, so citations of short sections never change).
 *
 * @returns `[chunk]` when it is short enough, else the parts in order.
 */
export function splitLongChunk(chunk: Chunk, options: SplitOptions = {}): Chunk[] {
  const maxCharacters = options.maxCharacters ?? 1500;
  const overlap = options.overlap ?? 1;
  if (chunk.text.length <= maxCharacters) return [chunk];
  const unitsAreSteps = chunk.steps.length > 1;
  const units = unitsAreSteps ? chunk.steps : chunk.lead;
  if (units.length <= 1) return [chunk];
  const parts: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const unit of units) {
    if (current.length > overlap && length + unit.length > maxCharacters) {
      parts.push(current);
      current = current.slice(-overlap);
      length = current.reduce((sum, item) => sum + item.length, 0);
    }
    current.push(unit);
    length += unit.length;
  }
  parts.push(current);
  return parts.map((part, index) => ({
    ...chunk,
    id: index === 0 ? chunk.id : `${chunk.id}~${index + 1}`,
    text: unitsAreSteps ? part.map((step) => `- ${step}`).join('\n') : part.join(' '),
    steps: unitsAreSteps ? part : [],
    lead: unitsAreSteps ? (index === 0 ? chunk.lead : []) : part,
  }));
}
