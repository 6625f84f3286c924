import type { Chunk } from '../ingest/chunk.js';
import { words } from '../text/terms.js';
import type { Glossary } from './glossary/glossary.js';

const memo = new WeakMap<readonly Chunk[], WeakMap<Glossary, readonly string[]>>();

/**
 * The distinct {@link words} of every chunk's section path and text, then of
 * every glossary term (guide terms, then customer terms, group by group), in
 * order of first occurrence: the domain vocabulary of the spelling corrector
 * and of the answerability judge.
 *
 * Built chunk by chunk, so no corpus-sized array or string exists (a
 * 100k-chunk corpus holds ~7 M words but ~6k distinct ones; ~0.5 s).
 * Memoised per (`chunks`, `glossary`) pair, so the pipeline's users tokenise
 * the corpus once; `chunks` must not change afterwards.
 */
export function domainVocabulary(chunks: readonly Chunk[], glossary: Glossary): readonly string[] {
  let byGlossary = memo.get(chunks);
  if (!byGlossary) memo.set(chunks, (byGlossary = new WeakMap()));
  let vocabulary = byGlossary.get(glossary);
  if (!vocabulary) {
    const distinct = new Set<string>();
    // A word never spans whitespace, and lowercasing and NFKC do not act across it, so the words of a text are
    // those of its whitespace-separated tokens: each distinct token is tokenised once (~5k of ~7M at 100k chunks).
    const tokenised = new Set<string>();
    for (const chunk of chunks) {
      for (const text of [chunk.section, chunk.text]) {
        for (const token of text.split(/\s+/)) {
          if (tokenised.has(token)) continue;
          tokenised.add(token);
          for (const word of words(token)) distinct.add(word);
        }
      }
    }
    for (const group of glossary.groups) for (const term of [...group.guide, ...group.customer]) for (const word of words(term)) distinct.add(word);
    vocabulary = [...distinct];
    byGlossary.set(glossary, vocabulary);
  }
  return vocabulary;
}
