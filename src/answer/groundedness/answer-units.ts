/**
 * Splits an answer's Markdown into the claims it makes: one per bullet and
 * one per sentence of prose.
 */
import { citationNumbers, contentStems } from './claim-terms.js';

/** One claim of an answer: a bullet (or numbered step), a sentence of prose, or (with `keepAllLines`) a heading. */
export interface AnswerUnit {
  /** The claim's Markdown, list marker removed, citation markers kept. */
  text: string;
  /** `bullet` for a list item, `sentence` for prose, `heading` for a heading line (only with `keepAllLines`). */
  kind: 'bullet' | 'sentence' | 'heading';
  /** Citation numbers the claim carries, unique, in order of appearance. */
  citations: number[];
}

/** Options for {@link answerUnits}. */
export interface AnswerUnitOptions {
  /** The hand-off URL; any line containing it is a hand-off line, not a claim. */
  handoffUrl?: string;
  /**
   * Read every line as a claim, for text a model wrote that is about to be
   * shown: headings come back as `heading` units, and lines that look like a
   * Sources list or a hand-off are claims like any other (a model can put
   * anything on such a line). Default false: the eval metrics' reading.
   */
  keepAllLines?: boolean;
}

const sourcesHeader = /^\s*(?:#{1,6}\s*)?(?:\*\*|__)?sources?(?:\*\*|__)?\s*(?::|$)/i;
const sourceEntry = /^\s*(?:[-*+]\s*)?\[\d+\]\s.*›/;
const handoffPhrase = /\b(?:contact|reach)\b[^.]*\bsupport\b|\bhand(?:-|\s)?off\b|\btalk to (?:a|an) (?:person|human|agent)\b/i;
const bulletMarker = /^(\s*)(?:[-*+]|\d+[.)])\s+/;
const leadingCitations = /^(?:\s*\[\d+(?:\s*,\s*\d+)*\])+/;

/**
 * Splits an answer into the claims it makes, for the grounding check and the
 * eval's citation, coverage and invented-step metrics. Not claims (unless
 * `keepAllLines`): headings (`#` lines, and lines that are bold text only),
 * the Sources list (a `Sources` header line and everything after it, or
 * `[n] Title › Section` lines) and the hand-off line (contains `handoffUrl`;
 * without one, a prose line that says "contact … support", "hand-off" or
 * "talk to a person"). List items are one claim each; prose is split into
 * sentences with `Intl.Segmenter` (Unicode UAX #29). A citation that the
 * segmenter puts at the start of the next sentence (`Do X. [1] Then`) is
 * given back to the sentence before it. A piece with no content words (only
 * `[n]`, or "Here is what the guide says:") is not a claim; its citations go
 * to the claim before it.
 *
 * @param answer - the answer's Markdown.
 * @returns claims in answer order; `[]` for an empty answer.
 */
export function answerUnits(answer: string, options: AnswerUnitOptions = {}): AnswerUnit[] {
  const units: AnswerUnit[] = [];
  const keepAll = options.keepAllLines === true;
  let prose: string[] = [];
  const flushProse = (): void => {
    for (const sentence of splitProse(prose.join(' '))) push(units, sentence, 'sentence');
    prose = [];
  };
  for (const line of answer.split(/\r?\n/)) {
    if (!keepAll && sourcesHeader.test(line)) break;
    if (line.trim() === '' || (!keepAll && (isHeading(line) || sourceEntry.test(line) || isHandoff(line, options)))) {
      flushProse();
      continue;
    }
    const bullet = bulletMarker.exec(line);
    const previous = units[units.length - 1];
    if (isHeading(line)) {
      flushProse();
      push(units, line, 'heading');
    } else if (bullet) {
      flushProse();
      push(units, line.slice(bullet[0].length), 'bullet');
    } else if (/^\s+/.test(line) && prose.length === 0 && previous?.kind === 'bullet') {
      previous.text = `${previous.text} ${line.trim()}`;
      previous.citations = unique(citationNumbers(previous.text));
    } else {
      prose.push(line.trim());
    }
  }
  flushProse();
  return units;
}

/** A Markdown heading, or a line that is bold text only (`**MFA recovery**`). */
function isHeading(line: string): boolean {
  return /^\s*#/.test(line) || /^\s*(\*\*|__)[^*_]+\1\s*$/.test(line);
}

/** With a hand-off URL, only lines containing it; without one, prose lines with a hand-off phrase. */
function isHandoff(line: string, options: AnswerUnitOptions): boolean {
  if (options.handoffUrl !== undefined) return line.includes(options.handoffUrl);
  return !bulletMarker.test(line) && handoffPhrase.test(line);
}

function splitProse(text: string): string[] {
  if (text.trim() === '') return [];
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const sentences: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const lead = leadingCitations.exec(segment)?.[0];
    if (lead && sentences.length > 0) {
      sentences[sentences.length - 1] = `${sentences[sentences.length - 1]!.trim()} ${lead.trim()}`;
      sentences.push(segment.slice(lead.length));
    } else {
      sentences.push(segment);
    }
  }
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
}

/** Adds a claim; a claim with no words (only `[n]`) gives its citations to the claim before it. */
function push(units: AnswerUnit[], text: string, kind: AnswerUnit['kind']): void {
  const trimmed = text.trim();
  const citations = unique(citationNumbers(trimmed));
  if (contentStems(trimmed).length > 0) {
    units.push({ text: trimmed, kind, citations });
    return;
  }
  const previous = units[units.length - 1];
  if (previous && citations.length > 0) previous.citations = unique([...previous.citations, ...citations]);
}

function unique(numbers: number[]): number[] {
  return [...new Set(numbers)];
}
