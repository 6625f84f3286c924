import type { Chunk } from '../../ingest/chunk.js';
import { redactSecrets } from '../../redaction/redact-secrets.js';
import { sourcesList, toCitation } from '../citations.js';
import type { Citation } from '../types.js';
import { cleanTicket } from './clean-ticket.js';
import { composeProblem, composeReplyDraft, quoteCustomer, type DraftProblem } from './compose-draft.js';
import { findProblems, type CoveredFinding, type ProblemFinderDependencies } from './find-problems.js';
import { followUpQuestions, type QuestionTable } from './follow-up-questions.js';
import type { Rewording } from './model-rewording.js';
import type { AssistProblem, AssistRequest, AssistResult, TicketAssistant, TicketContext } from './types.js';

/** What {@link createTicketAssistant} needs. */
export interface TicketAssistantOptions extends ProblemFinderDependencies {
  /** The support team's follow-up questions (see `loadQuestionTable`). */
  questions: QuestionTable;
  /** Rewords each covered problem with a chat model; without it the draft is extractive (offline). */
  rewording?: Rewording;
}

/** Longest evidence quote per statement, in characters. */
const maxEvidence = 200;

/**
 * Agent assist: redacts secrets from the ticket before anything else sees it,
 * strips email-thread noise (`cleanTicket`), finds its problems and their
 * guide sections (`findProblems`), numbers the sections' citations in the
 * order to try the problems, writes the cited reply draft (`composeReplyDraft`,
 * optionally reworded by `rewording`) and picks the follow-up questions.
 * Throws only what the retriever throws.
 */
export function createTicketAssistant(options: TicketAssistantOptions): TicketAssistant {
  return {
    async assist(request: AssistRequest): Promise<AssistResult> {
      const redaction = redactSecrets(request.ticket);
      const context = redactContext(request.context);
      const findings = await findProblems(cleanTicket(redaction.text), options);
      let next = 1;
      const numbered = findings.covered.map((finding) => ({ finding, citations: finding.sections.map((item) => toCitation(item, next++)) }));
      const citations = numbered.flatMap((item) => item.citations);
      const written = await Promise.all(numbered.map(({ finding, citations: own }) => writeProblem(finding, own, options.rewording)));
      const problems: AssistProblem[] = numbered.map(({ finding, citations: own }, index) => ({
        summary: finding.chosen.map(headingOf).join(' + '),
        evidence: finding.statements.map((statement) => quoteCustomer(statement, maxEvidence)),
        sectionIds: finding.sections.map((item) => item.chunk.id),
        citations: own.map((citation) => citation.n),
        confidence: Math.round(finding.confidence * 100) / 100,
        covered: written[index]!.draft.hasSteps,
      }));
      for (const statement of findings.uncovered) {
        problems.push({ summary: quoteCustomer(statement), evidence: [quoteCustomer(statement, maxEvidence)], sectionIds: [], citations: [], confidence: 0, covered: false });
      }
      const secretsRedacted = redaction.found.length > 0;
      return {
        problems,
        replyDraft: composeReplyDraft({ problems: written.map((item) => item.draft), uncovered: findings.uncovered, citations, secretsRedacted }),
        questionsToAsk: followUpQuestions(options.questions, problems.flatMap((problem) => problem.sectionIds), context),
        citations,
        abstained: findings.covered.length === 0,
        degraded: written.some((item) => item.degraded),
        secretsRedacted,
      };
    },
  };
}

/** One covered problem's text: extractive, then reworded by the model when there is one and the guide gives steps. */
async function writeProblem(finding: CoveredFinding, citations: Citation[], rewording: Rewording | undefined): Promise<{ draft: DraftProblem; degraded: boolean }> {
  const draft = composeProblem(finding.sections.map((item, index) => ({ chunk: item.chunk, n: citations[index]!.n })));
  if (!rewording || !draft.hasSteps) return { draft, degraded: false };
  const extractive = { answer: `${draft.body}\n\n${sourcesList(citations)}`, citations, abstained: false, degraded: false, answerer: 'extractive' as const, retrieved: finding.sections };
  const reworded = await rewording.reword(finding.statements.join(' '), extractive);
  return { draft: { ...draft, body: reworded.body }, degraded: reworded.degraded };
}

/** The section's heading path without the page title, e.g. `API key problems › 401 / invalid key`. */
function headingOf(chunk: Chunk): string {
  return chunk.headingPath.slice(1).join(' › ') || chunk.section;
}

/** Context strings are user input too: secrets redacted, whitespace collapsed. */
function redactContext(context: TicketContext | undefined): TicketContext {
  if (!context) return {};
  const clean = (value: string | undefined) => (value === undefined ? undefined : redactSecrets(value.replace(/\s+/g, ' ').trim()).text);
  return { ...(context.sso !== undefined ? { sso: context.sso } : {}), ...(context.idp !== undefined ? { idp: clean(context.idp) } : {}), ...(context.plan !== undefined ? { plan: clean(context.plan) } : {}) };
}
