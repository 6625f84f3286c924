import type { Chunk } from '../../ingest/chunk.js';
import type { Retriever, ScoredChunk } from '../../retrieval/types.js';
import type { AnswerabilityJudge } from '../answerability.js';
import { splitClauses } from '../clauses.js';
import { withSubsections } from '../extractive/extractive-answerer.js';
import { reportsProblem } from '../problem-report.js';
import { selectSections } from '../select-sections.js';

/** What {@link findProblems} needs: the pipeline's retriever, judge and chunks. */
export interface ProblemFinderDependencies {
  retriever: Retriever;
  judge: AnswerabilityJudge;
  /** Every chunk of the index, in document (guide) order. */
  chunks: Chunk[];
  /** Chunks retrieved per statement. */
  k: number;
}

/** A problem the guide has sections for. */
export interface CoveredFinding {
  /** The customer's clauses that report it, in ticket order. */
  statements: string[];
  /** Sections the judge chose (without added sub-sections), in guide order. */
  chosen: Chunk[];
  /** Chosen sections plus the sub-sections of those without steps, in guide order. */
  sections: ScoredChunk[];
  /** Judge coverage of the statements by the sections, in [0, 1]. */
  confidence: number;
}

/** Problems found in a ticket. */
export interface Findings {
  /** In the order to try them: guide order of their first section (the guide goes from simplest to most involved). */
  covered: CoveredFinding[];
  /** Clauses that report a problem no section answers, in ticket order. */
  uncovered: string[];
}

/** Most clauses that report a problem examined per ticket (each costs two retrievals). */
export const maxStatements = 40;
/** Most uncovered problems reported per ticket. */
export const maxUncovered = 5;

/**
 * Finds the problems in a cleaned, redacted ticket. Each clause (see
 * `splitClauses`) that reports a failure (`reportsProblem`) and names
 * something beyond the failure itself is a problem statement; background
 * clauses ("We use Okta.") are not, but are tried together with the next
 * statement when it is not answerable alone. Sections come from
 * `selectSections` (the extractive answerer's own choice); statements whose
 * sections overlap are one problem.
 */
export async function findProblems(text: string, dependencies: ProblemFinderDependencies): Promise<Findings> {
  const { retriever, judge, chunks, k } = dependencies;
  const position = new Map(chunks.map((chunk, index) => [chunk.id, index]));
  const covered: CoveredFinding[] = [];
  const uncovered: string[] = [];
  const clauses = splitClauses(text);
  let examined = 0;
  for (let index = 0; index < clauses.length && examined < maxStatements; index += 1) {
    const clause = clauses[index]!;
    if (!isProblemStatement(clause, judge)) continue;
    examined += 1;
    const previous = clauses[index - 1];
    const background = previous !== undefined && !reportsProblem(previous) && !ticketTrouble.test(previous) ? previous : undefined;
    const selection = await selectSections(clause, retriever, judge, k, background);
    if (selection.chosen.length === 0) {
      if (uncovered.length < maxUncovered && !uncovered.includes(clause)) uncovered.push(clause);
      continue;
    }
    const finding: CoveredFinding = {
      statements: [clause],
      chosen: selection.chosen.map((item) => item.chunk),
      sections: withSubsections(selection.chosen, chunks),
      confidence: selection.best?.coverage ?? 0,
    };
    mergeInto(covered, finding);
  }
  const order = (finding: CoveredFinding) => Math.min(...finding.sections.map((item) => position.get(item.chunk.id) ?? Infinity));
  for (const finding of covered) {
    finding.sections.sort((first, second) => (position.get(first.chunk.id) ?? 0) - (position.get(second.chunk.id) ?? 0));
    finding.chosen.sort((first, second) => (position.get(first.id) ?? 0) - (position.get(second.id) ?? 0));
  }
  return { covered: covered.sort((first, second) => order(first) - order(second)), uncovered };
}

/** Ticket phrasings that report trouble beyond `reportsProblem`'s words: "nobody can log in", "empty files since the upgrade". */
const ticketTrouble = /\b(?:nobody|no one|none of (?:us|them))\b|\bempty\b|\b(?:since|after) (?:the|our|an?|we)\b.{0,40}\b(?:upgrade|update|migration|release|tightened|changed?)\b/i;

/** A clause reports a failure and has a content word that is not itself a failure word ("Please fix this!" has none). */
function isProblemStatement(clause: string, judge: AnswerabilityJudge): boolean {
  if (!reportsProblem(clause) && !ticketTrouble.test(clause)) return false;
  return judge.assess(clause, []).words.some((verdict) => !reportsProblem(verdict.word));
}

/** Adds `finding` to `findings`, merging it with every finding that shares a section (the merged one keeps the earliest place). */
function mergeInto(findings: CoveredFinding[], finding: CoveredFinding): void {
  const ids = new Set(finding.sections.map((item) => item.chunk.id));
  const overlapping = findings.filter((other) => other.sections.some((item) => ids.has(item.chunk.id)));
  if (overlapping.length === 0) {
    findings.push(finding);
    return;
  }
  const [target, ...rest] = overlapping as [CoveredFinding, ...CoveredFinding[]];
  for (const other of [...rest, finding]) {
    target.statements.push(...other.statements);
    for (const chunk of other.chosen) if (!target.chosen.some((item) => item.id === chunk.id)) target.chosen.push(chunk);
    for (const item of other.sections) if (!target.sections.some((existing) => existing.chunk.id === item.chunk.id)) target.sections.push(item);
    target.confidence = Math.max(target.confidence, other.confidence);
    if (other !== finding) findings.splice(findings.indexOf(other), 1);
  }
}
