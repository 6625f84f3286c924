import parameters from './section-reranker.json' with { type: 'json' };
import { SectionReranker, type SectionRerankerParameters } from './section-reranker.js';

let reranker: SectionReranker | undefined;

/**
 * The section reranker fitted on the eval dev split by `npm run fit:reranker`
 * (`section-reranker.json`, bundled with the code). Built once.
 * @throws Error when the JSON does not match the schema (a hand-edited or stale file: re-run the fit).
 */
export function defaultSectionReranker(): SectionReranker {
  reranker ??= new SectionReranker(parameters as SectionRerankerParameters);
  return reranker;
}
