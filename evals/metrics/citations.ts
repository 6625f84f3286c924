import { answerUnits } from './answer-units.js';
import { GROUNDEDNESS_THRESHOLD, groundedness } from './groundedness.js';
import { citationNumbers } from './text.js';

/** How one cited claim fared. */
export interface CitedClaimCheck {
  claim: string;
  citations: number[];
  /** Citation numbers of this claim that match no citation. */
  unresolved: number[];
  /** {@link groundedness} of the claim in its cited chunks' text, in [0, 1]. */
  support: number;
  /** All citations resolve and `support` ≥ the bar. */
  supported: boolean;
}

/** Result of {@link citationValidity}. */
export interface CitationValidityResult {
  /** `[n]` markers in the whole answer (Sources list included). */
  markers: number;
  /** Marker numbers that match no citation, unique. */
  unresolved: number[];
  /** Claims that carry at least one citation. */
  citedClaims: number;
  /** Cited claims that are supported. */
  supportedClaims: number;
  /** Claims with no citation (not scored here). */
  uncitedClaims: number;
  claims: CitedClaimCheck[];
}

/** Options for {@link citationValidity}. */
export interface CitationValidityOptions {
  /** Support bar (default {@link GROUNDEDNESS_THRESHOLD}). */
  threshold?: number;
  /** Hand-off URL; its line is not a claim. */
  handoffUrl?: string;
}

/**
 * Citation validity (attribution in the manner of Rashkin et al. 2023,
 * "Measuring Attribution in Natural Language Generation Models", scored
 * lexically): (1) every `[n]` marker in the answer resolves to a citation
 * with that `n`, and (2) every claim (bullet or sentence, Sources list and
 * hand-off line excluded) that carries citations is supported by the text of
 * the chunks it cites: its {@link groundedness} in their concatenated text is
 * ≥ the bar. A claim with an unresolved marker is unsupported. The case
 * figure is `supportedClaims ÷ citedClaims`; the run figure pools claims.
 *
 * @param citations - the answer's citations (`n` → chunk `id`).
 * @param sourceText - chunk id → the text a claim may rely on (the runner
 *   passes heading path + body); `undefined` for an unknown id.
 */
export function citationValidity(
  answer: string,
  citations: ReadonlyArray<{ n: number; id: string }>,
  sourceText: (chunkId: string) => string | undefined,
  options: CitationValidityOptions = {},
): CitationValidityResult {
  const bar = options.threshold ?? GROUNDEDNESS_THRESHOLD;
  const byNumber = new Map(citations.map((citation) => [citation.n, citation.id]));
  const markers = citationNumbers(answer);
  const units = answerUnits(answer, { handoffUrl: options.handoffUrl });
  const claims = units
    .filter((unit) => unit.citations.length > 0)
    .map((unit): CitedClaimCheck => {
      const unresolved = unit.citations.filter((n) => !byNumber.has(n) || sourceText(byNumber.get(n)!) === undefined);
      const text = unit.citations.map((n) => (byNumber.has(n) ? (sourceText(byNumber.get(n)!) ?? '') : '')).join('\n');
      const support = groundedness(unit.text, text);
      return { claim: unit.text, citations: unit.citations, unresolved, support, supported: unresolved.length === 0 && support >= bar };
    });
  return {
    markers: markers.length,
    unresolved: [...new Set(markers.filter((n) => !byNumber.has(n)))],
    citedClaims: claims.length,
    supportedClaims: claims.filter((claim) => claim.supported).length,
    uncitedClaims: units.length - claims.length,
    claims,
  };
}
