/**
 * Lexical groundedness of a claim in a source text, and the bar a claim must
 * reach. The single implementation: the chat answerer enforces it
 * (`check-grounding.ts`) and the eval suite measures with it
 * (`evals/metrics/citations.ts`, `safety.ts`).
 */
import { bigrams, contentStems } from './claim-terms.js';

/**
 * Default bar for {@link groundedness}: a claim is supported by a source
 * when at least 60 % of its content unigrams and bigrams occur in it. The
 * extractive answerer copies guide sentences (share ≈ 1); 0.6 still accepts
 * light rewording ("Ask your org admin to resend the invite") and rejects a
 * claim whose key terms the source lacks.
 */
export const GROUNDEDNESS_THRESHOLD = 0.6;

/**
 * Lexical groundedness of a claim in a source text: the share of the
 * claim's content-word stems (unigrams) and adjacent content-stem pairs
 * (bigrams) that also occur in the source, (matched unigrams + matched
 * bigrams) ÷ (unigrams + bigrams), counted with repeats. An n-gram overlap
 * measure in the manner of ROUGE-N recall (Lin 2004, "ROUGE: A package for
 * automatic evaluation of summaries"), taken against the source instead of a
 * reference summary, as a cheap offline stand-in for the faithfulness check
 * of Es et al. 2023 ("RAGAS: Automated Evaluation of Retrieval Augmented
 * Generation").
 *
 * @param claim - the claim's Markdown (citation markers are ignored).
 * @param source - the source text (e.g. a chunk's section path and body).
 * @returns a value in [0, 1]; 1 for a claim with no content words.
 */
export function groundedness(claim: string, source: string): number {
  const claimStems = contentStems(claim);
  if (claimStems.length === 0) return 1;
  const sourceStems = contentStems(source);
  const sourceTerms = new Set([...sourceStems, ...bigrams(sourceStems)]);
  const claimTerms = [...claimStems, ...bigrams(claimStems)];
  return claimTerms.filter((term) => sourceTerms.has(term)).length / claimTerms.length;
}
