import type { Citation } from '../types.js';

/** What support staff already know about the customer; lets the assistant skip questions it would otherwise ask. */
export interface TicketContext {
  /** The customer's organisation signs in with SSO. */
  sso?: boolean;
  /** The identity provider, e.g. `Okta` (at most 100 characters). */
  idp?: string;
  /** The customer's plan, e.g. `Enterprise` (at most 100 characters). */
  plan?: string;
}

/** Input to {@link TicketAssistant.assist}. */
export interface AssistRequest {
  /** The ticket as pasted by support staff: one email or a whole thread, 1–20,000 characters. */
  ticket: string;
  context?: TicketContext;
}

/** One problem found in a ticket. */
export interface AssistProblem {
  /** What the problem is: the guide's section heading(s) when the guide covers it, else the customer's words (shortened). */
  summary: string;
  /** The customer's sentences that report it (secrets redacted, each at most 200 characters). */
  evidence: string[];
  /** Guide sections that address it, in guide order, e.g. `login-failures/api-key-problems/401-invalid-key`. Empty when uncovered. */
  sectionIds: string[];
  /** Citation numbers (`n`) of those sections in the reply draft. */
  citations: number[];
  /** The answerability judge's coverage of the customer's words by the sections, in [0, 1] (2 decimals); 0 when uncovered. */
  confidence: number;
  /** True when the guide gives steps for it; false when it names no section or only sections without steps (the draft then says the team will follow up). */
  covered: boolean;
}

/** Result of {@link TicketAssistant.assist}. Field names are a public contract (`POST /v1/assist`). */
export interface AssistResult {
  /** Problems in the order to try them: those with guide sections in guide order (simplest first), then those without in ticket order. */
  problems: AssistProblem[];
  /** Customer-facing Markdown reply: greeting, cited steps per problem, follow-up promise for uncovered ones, sign-off placeholder, Sources list. */
  replyDraft: string;
  /** What the agent should ask the customer to narrow things down (section-specific first, then generic), at most 8. */
  questionsToAsk: string[];
  /** Citations of the draft, same shape as `POST /v1/chat`. */
  citations: Citation[];
  /** True when the guide covers none of the ticket's problems (the draft then promises a follow-up and cites nothing). */
  abstained: boolean;
  /** True when a configured chat model failed for some problem and its extractive wording was used instead. */
  degraded: boolean;
  /** True when the ticket contained something that looked like a secret (it was removed before anything else saw it). */
  secretsRedacted: boolean;
}

/** Ticket → problems, cited reply draft, follow-up questions. No HTTP types. */
export interface TicketAssistant {
  assist(request: AssistRequest): Promise<AssistResult>;
}
