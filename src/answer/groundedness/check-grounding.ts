/**
 * Checks that every claim of a model-written answer is backed by the guide
 * sources it cites, before the answer is shown.
 */
import { answerUnits, type AnswerUnit } from './answer-units.js';
import { contentStems } from './claim-terms.js';
import { GROUNDEDNESS_THRESHOLD, groundedness } from './groundedness.js';

/**
 * The wording of a hand-off suggestion (what the grounded prompt asks the
 * model to say when the guide gives no steps). A line grounded in this alone
 * ("If that does not help, please contact Planasonix support.") states no
 * guide content and needs no citation.
 */
export const handoffWording =
  'The guide does not cover this and gives no steps for it. Please contact Planasonix support. ' +
  'Reach out to the Planasonix support team. A person on the support team will help you.';

/** Most content words a lead-in line (`If you lost your phone, try this:`) may have to need no citation. */
export const maxLeadInWords = 5;

/**
 * How one claim fared:
 * - `supported`: its citations resolve and its groundedness in the cited sources (plus
 *   {@link handoffWording}) is ≥ the bar; a heading, in all sources together;
 * - `lead-in`: a short prose line ending in `:` right before a list (≤ {@link maxLeadInWords} content words);
 * - `hand-off`: uncited, and grounded in {@link handoffWording} alone;
 * - `unsupported`: cites a source that does not back it (or a number with no source);
 * - `uncited`: states something and cites nothing.
 */
export type ClaimVerdict = 'supported' | 'lead-in' | 'hand-off' | 'unsupported' | 'uncited';

/** One claim and its verdict. */
export interface ClaimCheck extends AnswerUnit {
  /** Groundedness in the text the claim was held to, in [0, 1] (0 for an unresolved citation). */
  support: number;
  verdict: ClaimVerdict;
}

/** Result of {@link checkGrounding}. */
export interface GroundingCheck {
  /** True when every claim is `supported`, `lead-in` or `hand-off` and there is no unknown address. */
  grounded: boolean;
  claims: ClaimCheck[];
  /** Link targets, web and e-mail addresses in the answer that no source contains (a model must not invent where to go). */
  unknownAddresses: string[];
}

const addressPattern = /\]\(([^)\s]+)\)|\bhttps?:\/\/[^\s)\]>]+|\bwww\.[^\s)\]>]+|[\w.+-]+@[^\s)\]>,;]*/gi;

/**
 * Checks a model's answer body (Markdown without the Sources list) against
 * the sources it may cite. Every line counts ({@link answerUnits} with
 * `keepAllLines`), so nothing can hide in a heading or a line that looks like
 * a Sources entry. Claims are judged by {@link groundedness} (lexical n-gram
 * overlap) against `threshold`; see {@link ClaimVerdict}.
 *
 * Limits: lexical, so a faithful paraphrase in other words (or another
 * language) can fail and be rejected; a claim that reuses the source's words
 * in a changed meaning ("do not use backup codes") can pass when most of its
 * words match.
 *
 * @param body - the answer's Markdown, citation markers `[n]` kept.
 * @param sources - citation number `n` → the text that source shows the model (section path and body).
 * @param threshold - the bar, default {@link GROUNDEDNESS_THRESHOLD} (0.6).
 */
export function checkGrounding(body: string, sources: ReadonlyMap<number, string>, threshold = GROUNDEDNESS_THRESHOLD): GroundingCheck {
  const allSources = [...sources.values()].join('\n');
  const units = answerUnits(body, { keepAllLines: true });
  const claims = units.map((unit, index): ClaimCheck => {
    const judged = (support: number, good: ClaimVerdict, bad: ClaimVerdict): ClaimCheck => ({ ...unit, support, verdict: support >= threshold ? good : bad });
    if (unit.kind === 'heading') return judged(groundedness(unit.text, `${allSources}\n${handoffWording}`), 'supported', 'unsupported');
    if (isLeadIn(unit, units[index + 1])) return { ...unit, support: groundedness(unit.text, allSources), verdict: 'lead-in' };
    if (unit.citations.length === 0) return judged(groundedness(unit.text, handoffWording), 'hand-off', 'uncited');
    if (unit.citations.some((n) => !sources.has(n))) return { ...unit, support: 0, verdict: 'unsupported' };
    const cited = unit.citations.map((n) => sources.get(n)!).join('\n');
    return judged(groundedness(unit.text, `${cited}\n${handoffWording}`), 'supported', 'unsupported');
  });
  const known = allSources.toLowerCase();
  const unknownAddresses = [...body.matchAll(addressPattern)]
    .map((match) => (match[1] ?? match[0]).replace(/[.,:;!?]+$/, ''))
    .filter((address) => !known.includes(address.toLowerCase()));
  const grounded = unknownAddresses.length === 0 && claims.every((claim) => claim.verdict !== 'unsupported' && claim.verdict !== 'uncited');
  return { grounded, claims, unknownAddresses };
}

/** A prose line ending in `:` (citations aside), right before a bullet, with few content words. */
function isLeadIn(unit: AnswerUnit, next: AnswerUnit | undefined): boolean {
  const withoutCitations = unit.text.replace(/\s*\[\d+(?:\s*,\s*\d+)*\]/g, '').trim();
  return unit.kind === 'sentence' && next?.kind === 'bullet' && withoutCitations.endsWith(':') && contentStems(unit.text).length <= maxLeadInWords;
}
