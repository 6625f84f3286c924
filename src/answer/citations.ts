import type { ScoredChunk } from '../retrieval/types.js';
import type { Citation } from './types.js';

/** Longest citation snippet, in characters. */
export const snippetLength = 240;

/** Builds the citation for `item`, numbered `n` (1-based). */
export function toCitation(item: ScoredChunk, n: number): Citation {
  const { chunk } = item;
  const body = chunk.text.replace(/\s+/g, ' ').trim();
  const snippet = body === '' ? `${chunk.section} (the guide names this topic but gives no steps)` : body;
  return {
    n,
    id: chunk.id,
    title: chunk.title,
    section: chunk.section,
    source: chunk.source,
    anchor: chunk.anchor,
    ...(chunk.url ? { url: `${chunk.url}#${chunk.anchor}` } : {}),
    snippet: snippet.length > snippetLength ? `${snippet.slice(0, snippetLength - 1)}…` : snippet,
    score: Number(item.score.toFixed(6)),
  };
}

/** The Markdown Sources list that ends every cited answer: `**Sources**` then `[n] Section path` lines (linked when the page has a URL). */
export function sourcesList(citations: Citation[]): string {
  const lines = citations.map((citation) => `[${citation.n}] ${citation.url ? `[${citation.section}](${citation.url})` : citation.section}`);
  return `**Sources**\n${lines.join('\n')}`;
}
