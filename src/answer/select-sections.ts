import type { Retriever, ScoredChunk } from '../retrieval/types.js';
import type { AnswerabilityJudge, Assessment, AssessmentContext } from './answerability.js';
import { detectNonEnglish } from '../text/language.js';
import { splitClauses } from './clauses.js';
import { asksForQuantity, asksHowTo, reportsProblem, reportsSuccessOnly } from './problem-report.js';
import { EvidenceCollector, type CandidateEvidence, type ClauseInfo } from './rerank/candidate-evidence.js';

/** Sections chosen to answer a message, with the evidence for the choice. */
export interface Selection {
  /** Chosen chunks, in the order the customer should read them (message order). */
  chosen: ScoredChunk[];
  /** Every chunk retrieved for the whole message, best first (for citations' scores and evals). */
  retrieved: ScoredChunk[];
  /** Best assessment seen (for logs and the abstention model); undefined when nothing was retrieved. */
  best?: Assessment;
  /** The chunks `best` assessed: what a message the clause rules left unanswered would cite if answered after all. */
  bestChunks: ScoredChunk[];
  /** The message is not in English (`detectNonEnglish`); its clauses were judged on the guide's terms. */
  nonEnglish: boolean;
  /** Every chunk retrieved for the message or one of its clauses, with what the choice saw of it (for the section reranker). */
  candidates: CandidateEvidence[];
  /** Clauses the message was split into (after bounding). */
  clauseCount: number;
}

/** Most clauses examined in one message: the first two and the last eight (a long message's question is usually at its end). Bounds the work per request. */
const maxClauses = 10;

function boundClauses(clauses: string[]): string[] {
  return clauses.length <= maxClauses ? clauses : [...clauses.slice(0, 2), ...clauses.slice(-(maxClauses - 2))];
}

/** Content weight from which a follow-up counts as naming a topic of its own (about one rare word). */
const ownTopicWeight = 0.5;

/** How many ranked chunks per clause the judge may choose among. */
const candidatesPerClause = 5;

/**
 * Chooses the sections that answer `message`: for each clause (see
 * `splitClauses`), the retrieved chunk among the top 3 that best covers the
 * clause (highest coverage, then coverage by its own text, then rank); a
 * second chunk joins when the clause names two problems (e.g. "401 and 403",
 * "our GitHub Actions job gets forbidden"): each of the two must cover at
 * least the failure-report bar alone, and together they must add
 * {@link secondSectionGain} coverage (or answer a clause neither answers alone). A clause no chunk covers is
 * left unanswered; if no clause is answered, the whole message is tried the
 * same way. `chosen` is empty when the guide does not answer the message
 * (the caller abstains).
 *
 * @param context - earlier user turn, tried together with a clause that is not answerable alone (follow-ups).
 */
export async function selectSections(message: string, retriever: Retriever, judge: AnswerabilityJudge, k: number, context?: string): Promise<Selection> {
  // One retrieval per distinct query and depth: a one-clause message is its own clause.
  const retrievals = new Map<string, Promise<ScoredChunk[]>>();
  const retrieve = (query: string, depth: number): Promise<ScoredChunk[]> => {
    const key = `${depth}\u0000${query}`;
    let result = retrievals.get(key);
    if (!result) retrievals.set(key, (result = retriever.retrieve(query, { k: depth }).then((found) => found.chunks)));
    return result;
  };
  // A follow-up about the previous turn's topic ("what if I don't have those either?") is retrieved together with that turn.
  const wholeQuery = context && followsPreviousTopic(message, judge) ? `${context} ${message}` : message;
  const whole = { chunks: await retrieve(wholeQuery, k) };
  const evidence = new EvidenceCollector();
  evidence.whole(whole.chunks);
  const chosen = new Map<string, ScoredChunk>();
  let best: Assessment | undefined;
  let bestChunks: ScoredChunk[] = [];
  const problemReported = reportsProblem(message);
  const foreign = detectNonEnglish(message) !== undefined;
  // `clause` is what must be covered; `query` is what is retrieved with (a follow-up borrows the previous turn's words).
  const consider = async (clause: string, position: Omit<ClauseInfo, 'reportsProblem' | 'asks'>, query = clause, problem = problemReported): Promise<boolean> => {
    const quantity = asksForQuantity(clause);
    const retrieved = await retrieve(query, candidatesPerClause);
    // A guide section can only answer "how many / how long" when its text states a quantity.
    const candidates = retrieved.filter((item) => !quantity || /\d/.test(item.chunk.text));
    const pick = choose(clause, candidates, judge, { problemReported: problem && !quantity, foreign });
    evidence.clause({ ...position, reportsProblem: reportsProblem(clause), asks: clause.includes('?') || asksHowTo(clause) }, retrieved, pick.assessed);
    if (pick.best && (!best || pick.best.coverage > best.coverage)) {
      best = pick.best;
      bestChunks = pick.bestChunks;
    }
    for (const item of pick.chunks) if (!chosen.has(item.chunk.id)) chosen.set(item.chunk.id, item);
    return pick.chunks.length > 0;
  };
  const clauses = boundClauses(splitClauses(message).filter((clause) => !reportsSuccessOnly(clause)));
  for (const [index, clause] of clauses.entries()) {
    const position = { index, count: clauses.length };
    if ((await consider(clause, position)) || !context) continue;
    if (judge.contentWeight(clause) >= ownTopicWeight) {
      // A follow-up with a topic of its own ("what is your billing plan?") must be answered by its own words;
      // the previous turn only helps find the section.
      // It inherits the conversation's problem unless it asks how to do something new.
      await consider(clause, position, `${context} ${clause}`, !asksHowTo(clause) && reportsProblem(`${context}\n${message}`));
    } else if (followsPreviousTopic(clause, judge)) {
      // "what if I don't have those either?": little of its own, so it is about the previous turn's topic.
      await consider(`${context} ${clause}`, position, `${context} ${clause}`, reportsProblem(`${context}\n${message}`));
    }
    // "it still does not work" after the guide's steps: nothing new to answer, so the caller hands off.
  }
  if (chosen.size === 0 && clauses.length > 1) await consider(clauses.join(' '), { index: 0, count: 1 });
  evidence.chosen([...chosen.values()]);
  return { chosen: [...chosen.values()], retrieved: whole.chunks, best, bestChunks, nonEnglish: foreign, candidates: evidence.candidates(), clauseCount: clauses.length };
}

/**
 * A follow-up that is about the previous turn's topic: little of its own (content weight below {@link ownTopicWeight}),
 * and not a bare "it still does not work" (a failure report with no content word), which has nothing new to answer.
 */
function followsPreviousTopic(text: string, judge: AnswerabilityJudge): boolean {
  return judge.contentWeight(text) < ownTopicWeight && (!reportsProblem(text) || judge.hasContent(text));
}

/** Coverage a second section must add to join an answerable first one (multi-problem clauses). */
const secondSectionGain = 0.15;

type Option = { items: ScoredChunk[]; assessment: Assessment };

/** Sections that only point elsewhere ("Related topics", "See also"): an answer only when the customer asks where to read more. */
const navigationHeading = /^(related topics|related articles|see also|further reading)$/i;
const asksForReading = /\b(docs?|documentation|reference|read (more|about|up)|article|guide|where can i (find|read))\b/i;

function choose(clause: string, allCandidates: ScoredChunk[], judge: AnswerabilityJudge, context: AssessmentContext): { chunks: ScoredChunk[]; best?: Assessment; bestChunks: ScoredChunk[]; assessed: Map<string, Assessment> } {
  const wantsReading = asksForReading.test(clause);
  const candidates = allCandidates.filter((item) => wantsReading || !navigationHeading.test(item.chunk.headingPath.at(-1) ?? ''));
  const assess = (items: ScoredChunk[]): Option => ({ items, assessment: judge.assess(clause, items.map((item) => item.chunk), context) });
  const singles = candidates.map((candidate) => assess([candidate]));
  const assessed = new Map(singles.map((option) => [option.items[0]!.chunk.id, option.assessment]));
  const single = pickBest(singles);
  if (!single) return { chunks: [], bestChunks: [], assessed };
  // A pair is considered only from sections that each cover a real part of the clause on their own.
  const members = singles.filter((option) => option.assessment.coverage >= judge.thresholds.problem).sort((left, right) => (better(left, right) ? -1 : better(right, left) ? 1 : 0));
  const pairs: Option[] = [];
  for (let first = 0; first < members.length; first += 1) {
    for (let second = first + 1; second < members.length; second += 1) pairs.push(assess([members[first]!.items[0]!, members[second]!.items[0]!]));
  }
  const pair = pickBest(pairs);
  const pairBar = single.assessment.answerable ? single.assessment.coverage + secondSectionGain : 0;
  if (pair?.assessment.answerable && pair.assessment.coverage >= pairBar) {
    const items = symptomFirst(pair.items, judge.requiredCodes(clause));
    return { chunks: items, best: pair.assessment, bestChunks: items, assessed };
  }
  if (single.assessment.answerable) return { chunks: single.items, best: single.assessment, bestChunks: single.items, assessed };
  return { chunks: [], best: single.assessment, bestChunks: single.items, assessed };
}

/** Of two sections, the one about the reported error code ("401") comes first; the context ("GitHub Actions") second. */
function symptomFirst(items: ScoredChunk[], codes: Set<string>): ScoredChunk[] {
  const aboutCode = (item: ScoredChunk) => [...codes].some((code) => item.chunk.section.includes(code) || item.chunk.text.includes(code));
  return [...items].sort((left, right) => Number(aboutCode(right)) - Number(aboutCode(left)));
}

function pickBest(options: Option[]): Option | undefined {
  return options.reduce<Option | undefined>((best, option) => (!best || better(option, best) ? option : best), undefined);
}

/**
 * Higher coverage wins; on a tie, higher coverage by the sections' own text
 * (not their parents'); then the more general section (shorter heading path:
 * a sub-topic must earn its place with words of its own); else the earlier,
 * better-ranked one stays.
 */
function better(candidate: Option, incumbent: Option): boolean {
  const difference = candidate.assessment.coverage - incumbent.assessment.coverage;
  if (Math.abs(difference) > 1e-9) return difference > 0;
  const ownDifference = candidate.assessment.ownCoverage - incumbent.assessment.ownCoverage;
  if (Math.abs(ownDifference) > 1e-9) return ownDifference > 0;
  return depth(candidate.items) < depth(incumbent.items);
}

function depth(items: ScoredChunk[]): number {
  return items.reduce((sum, item) => sum + item.chunk.headingPath.length, 0);
}
