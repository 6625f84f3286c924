import { sourcesList } from '../citations.js';
import { composeSection, type CitedSection } from '../extractive/compose.js';
import type { Citation } from '../types.js';
import { escapeMarkdown } from './escape-markdown.js';

/** The customer-facing text of one covered problem and whether the guide gave steps for it. */
export interface DraftProblem {
  /** Cited Markdown for the problem (see {@link composeProblem} or a chat model's rewording). */
  body: string;
  /** True when at least one of its sections has steps. */
  hasSteps: boolean;
  /** True when some of its sections have no steps (the team follows up on those). */
  hasStepless: boolean;
}

/** What {@link composeReplyDraft} writes up. */
export interface DraftInput {
  /** Covered problems, in the order to try them. */
  problems: DraftProblem[];
  /** The customer's own words for each problem the guide does not cover (redacted). */
  uncovered: string[];
  /** Citations of the whole draft, for the Sources list. */
  citations: Citation[];
  /** The ticket held something that looked like a secret. */
  secretsRedacted: boolean;
}

/** Placeholder the agent replaces with their name. */
export const signOffPlaceholder = '[Your name]';
/** Longest quote of the customer's words in the draft, in characters. */
const maxQuote = 160;

/**
 * The extractive text of one problem: each section's own lead sentences and
 * steps with `[n]` (`composeSection`), and, when the guide gives no steps for
 * some of them, a promise that the team follows up (no invented steps).
 */
export function composeProblem(sections: CitedSection[]): DraftProblem {
  const hasSteps = sections.some((section) => section.chunk.steps.length > 0);
  const hasStepless = sections.some((section) => section.chunk.steps.length === 0 && section.chunk.lead.length === 0);
  const parts = sections.map(composeSection);
  if (!hasSteps) parts.push("Our guide doesn't give steps for this, so rather than guess, I've passed it to the team and we'll follow up with you.");
  else if (hasStepless) parts.push("If the steps above don't solve it, we'll look into the topics the guide names without steps and follow up with you.");
  return { body: parts.join('\n\n'), hasSteps, hasStepless };
}

/**
 * The reply draft, written to the customer: greeting, the problems in the
 * order to try them, a follow-up promise for what the guide does not cover
 * (quoting the customer's redacted words with Markdown escaped, never
 * inventing steps), a security note when a
 * secret was removed, a sign-off with {@link signOffPlaceholder}, and the
 * Sources list when anything is cited.
 */
export function composeReplyDraft(input: DraftInput): string {
  const { problems, uncovered } = input;
  const parts = ['Hi,', `Thanks for getting in touch.${introduction(problems.length, uncovered.length)}`];
  parts.push(...problems.map((problem) => problem.body));
  if (uncovered.length > 0) parts.push(uncoveredNote(uncovered, problems.length > 0));
  if (input.secretsRedacted) {
    parts.push('For your security: your message included what looks like a password, API key or token. We have removed it from our notes; please rotate it now, and never send secrets by email.');
  }
  parts.push(`Best regards,\n${signOffPlaceholder}\nPlanasonix Support`);
  if (input.citations.length > 0) parts.push(sourcesList(input.citations));
  return parts.join('\n\n');
}

function introduction(covered: number, uncovered: number): string {
  if (covered === 0 && uncovered === 0) {
    return " I couldn't match what you describe to a step in our login troubleshooting guide, so rather than guess, I've passed it to the team and we'll follow up with you.";
  }
  if (covered === 0) return '';
  if (covered === 1) return ' Here is what to try:';
  return ` You described ${covered} separate problems. Here is what to try for each, in this order:`;
}

function uncoveredNote(uncovered: string[], afterSteps: boolean): string {
  // The customer's words are already redacted (the ticket is, before anything else sees it); escaped so they stay text.
  const quotes = uncovered.map((statement) => `“${escapeMarkdown(quoteCustomer(statement))}”`);
  const mentioned = afterSteps ? 'You also mentioned' : 'You mentioned';
  if (quotes.length === 1) {
    return `${mentioned}: ${quotes[0]} Our troubleshooting guide doesn't cover this, so rather than guess, I've passed it to the team and we'll follow up with you.`;
  }
  return `${mentioned}:\n${quotes.map((quote) => `- ${quote}`).join('\n')}\n\nOur troubleshooting guide doesn't cover these, so rather than guess, I've passed them to the team and we'll follow up with you.`;
}

const leadingJoiner = /^[\s,;:.-]*(?:(?:and|also|but|plus|so|then)\b[\s,;:.-]*)?/i;

/**
 * The customer's words for quoting: whitespace collapsed, a leading "and" /
 * "also" / "but" dropped, first letter capitalised, cut at a word boundary to
 * at most `limit` characters (default {@link maxQuote}), with `…` when cut.
 */
export function quoteCustomer(text: string, limit = maxQuote): string {
  const stripped = text.replace(/\s+/g, ' ').trim().replace(leadingJoiner, '');
  const single = stripped.charAt(0).toUpperCase() + stripped.slice(1);
  if (single.length <= limit) return single;
  const cut = single.slice(0, limit - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2))}…`;
}
