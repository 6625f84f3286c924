import type { Chunk } from '../ingest/chunk.js';
import type { Retriever, ScoredChunk } from '../retrieval/types.js';
import type { AnswerabilityJudge, Assessment } from './answerability.js';
import { splitClauses } from './clauses.js';
import { reportsProblem } from './problem-report.js';

/** Sections chosen to answer a message, with the evidence for the choice. */
export interface Selection {
  /** Chosen chunks, in the order the customer should read them (message order). */
  chosen: ScoredChunk[];
  /** Every chunk retrieved for the whole message, best first (for citations' scores and evals). */
  retrieved: ScoredChunk[];
  /** Best assessment seen (for logs); undefined when nothing was retrieved. */
  best?: Assessment;
}

/** How many ranked chunks per clause the judge may choose among. */
const candidatesPerClause = 3;

/**
 * Chooses the sections that answer `message`: for each clause (see
 * `splitClauses`), the retrieved chunk among the top 3 that best covers the
 * clause (highest coverage, then coverage by its own text, then rank), or else the best covering pair (a
 * clause naming two problems, e.g. "401 and 403"). A clause no chunk covers is
 * left unanswered; if no clause is answered, the whole message is tried the
 * same way. `chosen` is empty when the guide does not answer the message
 * (the caller abstains).
 *
 * @param context - earlier user turn, tried together with a clause that is not answerable alone (follow-ups).
 */
export async function selectSections(message: string, retriever: Retriever, judge: AnswerabilityJudge, k: number, context?: string): Promise<Selection> {
  const whole = await retriever.retrieve(message, { k });
  const chosen = new Map<string, ScoredChunk>();
  let best: Assessment | undefined;
  const problemReported = reportsProblem(context ? `${context}\n${message}` : message);
  const consider = async (clause: string): Promise<boolean> => {
    const candidates = (await retriever.retrieve(clause, { k: candidatesPerClause })).chunks;
    const pick = choose(clause, candidates, judge, problemReported);
    if (pick.best && (!best || pick.best.coverage > best.coverage)) best = pick.best;
    for (const item of pick.chunks) if (!chosen.has(item.chunk.id)) chosen.set(item.chunk.id, item);
    return pick.chunks.length > 0;
  };
  const clauses = splitClauses(message);
  for (const clause of clauses) {
    if (!(await consider(clause)) && context) await consider(`${context} ${clause}`);
  }
  if (chosen.size === 0 && clauses.length > 1) await consider(message);
  return { chosen: [...chosen.values()], retrieved: whole.chunks, best };
}

function choose(clause: string, candidates: ScoredChunk[], judge: AnswerabilityJudge, problemReported: boolean): { chunks: ScoredChunk[]; best?: Assessment } {
  let best: { items: ScoredChunk[]; assessment: Assessment } | undefined;
  const offer = (items: ScoredChunk[]) => {
    const assessment = judge.assess(clause, items.map((item) => item.chunk), problemReported);
    if (!best || better({ assessment, items }, best)) best = { items, assessment };
  };
  for (const candidate of candidates) offer([candidate]);
  if (best?.assessment.answerable) return { chunks: best.items, best: best.assessment };
  const single = best;
  best = undefined;
  for (let first = 0; first < candidates.length; first += 1) {
    for (let second = first + 1; second < candidates.length; second += 1) offer([candidates[first]!, candidates[second]!]);
  }
  const pair = best as { items: ScoredChunk[]; assessment: Assessment } | undefined;
  if (pair?.assessment.answerable && pair.items.every((item) => contributes(clause, item.chunk, pair.items, judge))) return { chunks: pair.items, best: pair.assessment };
  return { chunks: [], best: single?.assessment };
}

/**
 * Higher coverage wins; on a tie, higher coverage by the sections' own text
 * (not their parents'); then the more general section (shorter heading path:
 * a sub-topic must earn its place with words of its own); else the earlier,
 * better-ranked one stays.
 */
function better(candidate: { assessment: Assessment; items: ScoredChunk[] }, incumbent: { assessment: Assessment; items: ScoredChunk[] }): boolean {
  const difference = candidate.assessment.coverage - incumbent.assessment.coverage;
  if (Math.abs(difference) > 1e-9) return difference > 0;
  const ownDifference = candidate.assessment.ownCoverage - incumbent.assessment.ownCoverage;
  if (Math.abs(ownDifference) > 1e-9) return ownDifference > 0;
  return depth(candidate.items) < depth(incumbent.items);
}

function depth(items: ScoredChunk[]): number {
  return items.reduce((sum, item) => sum + item.chunk.headingPath.length, 0);
}

/** True when dropping `chunk` from `items` lowers coverage: each member of a pair must earn its place. */
function contributes(clause: string, chunk: Chunk, items: ScoredChunk[], judge: AnswerabilityJudge): boolean {
  const without = items.filter((item) => item.chunk.id !== chunk.id).map((item) => item.chunk);
  return judge.assess(clause, without).coverage < judge.assess(clause, items.map((item) => item.chunk)).coverage - 1e-9;
}
