/**
 * Keeps only `[n]` citations that resolve to a provided source, on whole texts
 * or on a stream of deltas. Invalid markers are removed together with the
 * blanks before them (`step [7].` → `step.`); lists are split (`[1, 2]` → `[1][2]`).
 */

/** A citation marker and the blanks before it: `[1]`, ` [2, 3]`. */
const markerPattern = /([ \t]*)\[(\d+(?:[ \t]*,[ \t]*\d+)*)\]/g;
/** The start of a marker that may still be completed by the next delta: `[`, `[1`, `[1,`. */
const openMarkerAtEnd = /\[[\d, \t]*$/;
const trailingBlanks = /[ \t]+$/;
/** An open `[` further back than this cannot be a marker; release it as text. */
const maxHeldMarkerLength = 40;

/** Incremental citation filter; see {@link createCitationFilter}. */
export interface CitationFilter {
  /** Adds a model delta; returns the filtered text that is safe to show now (may be empty). */
  push(delta: string): string;
  /** Flushes the rest. Returns `undefined` when the text never had a valid citation (nothing was released). */
  end(): string | undefined;
  /** Source numbers cited so far by valid markers. */
  readonly cited: ReadonlySet<number>;
}

/**
 * Creates a filter for a text that arrives in pieces. It holds back a trailing
 * partial marker (`... [1`) until it is complete, and holds back *all* text until
 * the first valid citation appears, so a reply that turns out to cite nothing
 * has released nothing and can be replaced by the extractive answer.
 *
 * @param validNumbers - the `n` of each provided citation.
 */
export function createCitationFilter(validNumbers: ReadonlySet<number>): CitationFilter {
  const cited = new Set<number>();
  let pending = '';
  let held = '';

  const filter = (text: string): string =>
    text.replace(markerPattern, (_marker, blanks: string, list: string) => {
      const kept = [...new Set(list.split(',').map((part) => Number(part.trim())))].filter((n) => validNumbers.has(n));
      for (const n of kept) cited.add(n);
      return kept.length === 0 ? '' : blanks + kept.map((n) => `[${n}]`).join('');
    });

  const release = (filtered: string): string => {
    held += filtered;
    if (cited.size === 0) return '';
    const out = held;
    held = '';
    return out;
  };

  return {
    cited,
    push(delta) {
      pending += delta;
      const cut = safeCut(pending);
      const ready = pending.slice(0, cut);
      pending = pending.slice(cut);
      return release(filter(ready));
    },
    end() {
      const rest = release(filter(pending));
      pending = '';
      return cited.size === 0 ? undefined : rest;
    },
  };
}

/**
 * Filters a whole text at once.
 *
 * @returns the filtered text and the cited source numbers (ascending); `text`
 *   is `undefined` when no valid citation remains.
 */
export function keepValidCitations(
  text: string,
  validNumbers: ReadonlySet<number>,
): { text: string | undefined; cited: number[] } {
  const filter = createCitationFilter(validNumbers);
  const head = filter.push(text);
  const tail = filter.end();
  return {
    text: tail === undefined ? undefined : head + tail,
    cited: [...filter.cited].sort((a, b) => a - b),
  };
}

/** Index up to which `text` can be filtered without splitting a marker or the blanks before it. */
function safeCut(text: string): number {
  let cut = text.length;
  const open = openMarkerAtEnd.exec(text);
  if (open && text.length - open.index <= maxHeldMarkerLength) cut = open.index;
  const blanks = trailingBlanks.exec(text.slice(0, cut));
  return blanks ? blanks.index : cut;
}
