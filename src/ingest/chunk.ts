/**
 * A chunk: one section (or one part of a long section) of a knowledge file.
 * This is the unit that is embedded, indexed, retrieved and cited.
 */
export interface Chunk {
  /** Stable id: source file stem + heading slugs, e.g. `login-failures/sso-configuration-issues/clock-skew`. Long sections add `~2`, `~3` for later parts. */
  id: string;
  /** Knowledge file path relative to the knowledge directory, e.g. `login-failures.md`. */
  source: string;
  /** Title of the page (front matter `title`), e.g. `Login failures`. */
  title: string;
  /** Headings from the page title down to this section. */
  headingPath: string[];
  /** Heading path joined with ` › `, e.g. `Login failures › MFA recovery`. */
  section: string;
  /** GitHub-style slug of the section's own heading, e.g. `mfa-recovery`. */
  anchor: string;
  /** Page URL from front matter, when the page has one. */
  url?: string;
  /** The section's own Markdown body (without its heading or sub-sections). Empty when the guide names the topic but gives no text. */
  text: string;
  /** Lead text of the parent sections (e.g. the SSO symptoms line), used for retrieval only, never quoted as a step. */
  context: string;
  /** The section's remediation steps, in guide order: its list items (or, without a list, its sentences). Empty when the guide gives no steps. */
  steps: string[];
  /** Sentences of the body that are not steps (cause, scope), in guide order. */
  lead: string[];
}
