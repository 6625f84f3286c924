/**
 * Schema and loaders for the eval dataset (`evals/datasets/*.yaml`).
 *
 * Each split is a YAML list of cases. A case is a customer message (plus, for
 * follow-ups, the earlier turns) and what a good answer looks like: which
 * guide sections it should cite, which remediation points it should make,
 * whether it should abstain, and strings it must never contain.
 *
 * The loaders validate every case and throw a {@link DatasetError} whose
 * message names the file, the case id and the problem, so a broken case is
 * found before an eval run rather than silently scored.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * Every section id of the "Login failures" guide (`knowledge/login-failures.md`),
 * heading path slugged. `expected_sections` may only use these.
 */
export const knownSectionIds = [
  'login-failures/invalid-email-or-password',
  'login-failures/account-disabled-or-invite-not-accepted',
  'login-failures/browser-or-cookie-issues',
  'login-failures/sso-configuration-issues',
  'login-failures/sso-configuration-issues/metadata-and-endpoints',
  'login-failures/sso-configuration-issues/attribute-mapping',
  'login-failures/sso-configuration-issues/clock-skew',
  'login-failures/api-key-problems/401-invalid-key',
  'login-failures/api-key-problems/403-insufficient-scope',
  'login-failures/api-key-problems/key-stored-in-an-environment-variable-not-loaded',
  'login-failures/oauth-token-expiry',
  'login-failures/mfa-recovery',
  'login-failures/ip-lockout-recovery',
  'login-failures/ip-lockout-recovery/api-calls-from-automation',
  'login-failures/related-topics',
] as const;

/** A section id from {@link knownSectionIds}. */
export type KnownSectionId = (typeof knownSectionIds)[number];

/**
 * Sections that are a heading only: the guide names the cause but gives no
 * steps. A case expecting one of these must set `no_invented_steps: true`.
 */
export const headingOnlySectionIds = [
  'login-failures/browser-or-cookie-issues',
  'login-failures/sso-configuration-issues/attribute-mapping',
  'login-failures/sso-configuration-issues/clock-skew',
] as const satisfies readonly KnownSectionId[];

/** What a case tests: a covered question, an uncovered one, or an attack / hostile input. */
export const caseKinds = ['in_scope', 'out_of_scope', 'adversarial'] as const;

/** A value of {@link caseKinds}. */
export type CaseKind = (typeof caseKinds)[number];

/**
 * Tags describing how a question is written. A closed list so a misspelt tag
 * fails validation instead of silently creating a new slice in reports.
 */
export const knownTags = [
  /** Misspellings, dropped letters, txt-speak. */
  'typo',
  /** Little detail ("cant get in", "login broken help"). */
  'vague',
  /** Two problems in one message; `expected_sections` lists both. */
  'multi',
  /** Needs the earlier turns in `history`. */
  'followup',
  /** Long or rambling, the real question near the end. */
  'long',
  /** Customer vocabulary unlike the guide's wording. */
  'paraphrase',
  /** Names a vendor or tool (Okta, Entra, GitHub Actions, Snowflake…). */
  'vendor',
  /** All lowercase, no punctuation. */
  'lowercase',
  /** A few words only. */
  'terse',
  /** Pastes an error message verbatim. */
  'error_message',
  /** About a heading-only section (no steps in the guide). */
  'heading_only',
  /** Shares words with the guide but is not answered by it. */
  'near_miss',
  /** Nothing to do with logins or Planasonix. */
  'off_topic',
  /** Tries to override the bot's instructions. */
  'injection',
  /** Role-play / "you are now…" jailbreak. */
  'jailbreak',
  /** Pressure or false authority to get the bot to act or skip policy. */
  'social_engineering',
  /** Contains a secret (API key, token, password) that must not be echoed. */
  'secret',
  /** Contains HTML or script markup. */
  'html',
  /** Not written in English. */
  'non_english',
] as const;

/** A value of {@link knownTags}. */
export type Tag = (typeof knownTags)[number];

/** Longest question the bot accepts, in characters (UTF-16 code units). */
export const MAX_QUESTION_CHARS = 4000;

/** The split files {@link loadSplits} reads: `<dir>/<name>.yaml`. */
export const splitNames = ['dev', 'test'] as const;

/** A value of {@link splitNames}. */
export type SplitName = (typeof splitNames)[number];

const nonBlank = z.string().refine((value) => value.trim().length > 0, 'must not be blank');

/** One earlier turn of a conversation, for follow-up questions. */
export const historyTurnSchema = z.strictObject({
  role: z.enum(['user', 'assistant']),
  content: nonBlank,
});

/** An earlier turn; see {@link historyTurnSchema}. */
export type HistoryTurn = z.infer<typeof historyTurnSchema>;

const sectionId = z.enum(knownSectionIds, {
  error: (issue) => `unknown section id ${JSON.stringify(issue.input)}`,
});

const tag = z.enum(knownTags, {
  error: (issue) => `unknown tag ${JSON.stringify(issue.input)}`,
});

const headingOnly: ReadonlySet<string> = new Set(headingOnlySectionIds);

/** Case-insensitive duplicates in a list of strings. */
function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const value of values) {
    const key = value.trim().toLowerCase();
    if (seen.has(key)) dups.add(value);
    seen.add(key);
  }
  return [...dups];
}

/**
 * One eval case. Field rules beyond the shape:
 * - `in_scope`: `expect_abstain: false`, 1–2 `expected_sections` (any counts
 *   as a hit, the first is the best), 2–4 `expected_points`.
 * - `out_of_scope`: `expect_abstain: true`, no sections or points.
 * - `adversarial`: if it expects an answer, same as `in_scope`; if it expects
 *   abstention, no sections or points.
 * - a heading-only section in `expected_sections` requires `no_invented_steps: true`,
 *   and `no_invented_steps` requires one.
 * - `history` alternates user/assistant, starts with user, ends with assistant;
 *   it is present exactly when the `followup` tag is.
 * - `multi` needs exactly 2 sections; `secret` needs a `must_not_contain`
 *   entry that occurs in the question (the pasted secret).
 */
export const evalCaseSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d{3,}$/, 'id must look like "dev-001"'),
    kind: z.enum(caseKinds),
    question: nonBlank.superRefine((value, ctx) => {
      if (value.length > MAX_QUESTION_CHARS) {
        ctx.addIssue({
          code: 'custom',
          message: `question is ${value.length} characters; at most ${MAX_QUESTION_CHARS} allowed`,
        });
      }
    }),
    history: z.array(historyTurnSchema).optional(),
    expected_sections: z.array(sectionId).optional(),
    expected_points: z.array(nonBlank).optional(),
    expect_abstain: z.boolean(),
    must_not_contain: z.array(nonBlank).min(1).optional(),
    no_invented_steps: z.boolean().optional(),
    tags: z.array(tag).default([]),
  })
  .superRefine((c, ctx) => {
    const problem = (message: string, ...at: (string | number)[]) =>
      ctx.addIssue({ code: 'custom', message, path: at });
    const sections = c.expected_sections ?? [];
    const points = c.expected_points ?? [];
    const answers = !c.expect_abstain;

    if (c.kind === 'in_scope' && c.expect_abstain) {
      problem('an in_scope case must have expect_abstain: false', 'expect_abstain');
    }
    if (c.kind === 'out_of_scope' && !c.expect_abstain) {
      problem('an out_of_scope case must have expect_abstain: true', 'expect_abstain');
    }

    if (answers) {
      if (sections.length < 1 || sections.length > 2) {
        problem(`expected 1–2 expected_sections, got ${sections.length}`, 'expected_sections');
      }
      if (points.length < 2 || points.length > 4) {
        problem(`expected 2–4 expected_points, got ${points.length}`, 'expected_points');
      }
    } else {
      if (sections.length > 0) {
        problem('a case that expects abstention must not list expected_sections', 'expected_sections');
      }
      if (points.length > 0) {
        problem('a case that expects abstention must not list expected_points', 'expected_points');
      }
    }

    for (const dup of duplicates(sections)) {
      problem(`duplicate section ${JSON.stringify(dup)}`, 'expected_sections');
    }
    for (const dup of duplicates(points)) {
      problem(`duplicate point ${JSON.stringify(dup)}`, 'expected_points');
    }
    for (const dup of duplicates(c.must_not_contain ?? [])) {
      problem(`duplicate string ${JSON.stringify(dup)}`, 'must_not_contain');
    }
    for (const dup of duplicates(c.tags)) {
      problem(`duplicate tag ${JSON.stringify(dup)}`, 'tags');
    }

    const expectsHeadingOnly = sections.some((id) => headingOnly.has(id));
    if (expectsHeadingOnly && c.no_invented_steps !== true) {
      problem(
        'expected_sections include a heading-only section, so no_invented_steps: true is required',
        'no_invented_steps',
      );
    }
    if (c.no_invented_steps === true && !expectsHeadingOnly) {
      problem(
        `no_invented_steps is only for heading-only sections (${headingOnlySectionIds.join(', ')})`,
        'no_invented_steps',
      );
    }

    const history = c.history ?? [];
    history.forEach((turn, index) => {
      const want = index % 2 === 0 ? 'user' : 'assistant';
      if (turn.role !== want) problem(`turn ${index + 1} must be ${want}`, 'history', index, 'role');
    });
    if (history.length > 0 && history.at(-1)?.role !== 'assistant') {
      problem('history must end with an assistant turn', 'history');
    }
    const followup = c.tags.includes('followup');
    if (followup && history.length === 0) problem('a followup case needs history', 'history');
    if (!followup && history.length > 0) problem('a case with history must be tagged followup', 'tags');

    if (c.tags.includes('multi') && sections.length !== 2) {
      problem('a multi case must list exactly 2 expected_sections', 'expected_sections');
    }
    if (c.tags.includes('secret')) {
      const leaked = (c.must_not_contain ?? []).some((s) => c.question.includes(s));
      if (!leaked) {
        problem('a secret case needs a must_not_contain entry that occurs in the question', 'must_not_contain');
      }
    }
  });

/** One validated eval case; see {@link evalCaseSchema}. */
export type EvalCase = z.infer<typeof evalCaseSchema>;

/** The validated splits, by name. */
export type Splits = Record<SplitName, EvalCase[]>;

/** Thrown when a dataset file is unreadable or a case is broken; lists every problem found. */
export class DatasetError extends Error {
  /** One line per problem, each naming the file and (where known) the case id. */
  readonly problems: readonly string[];

  constructor(problems: readonly string[], options?: { cause?: unknown }) {
    super(
      problems.length === 1 ? problems[0] : `${problems.length} dataset problems:\n${problems.join('\n')}`,
      options,
    );
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

function caseLabel(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? `case ${id}` : `case #${index + 1} (no id)`;
}

/**
 * Reads one split file: a YAML list of cases. Validates every case and
 * rejects duplicate ids within the file.
 *
 * @param file - Path to the YAML file.
 * @returns The validated cases, in file order.
 * @throws {DatasetError} When the file cannot be read or parsed, or any case
 *   is invalid; the message names the file, the case id and the problem.
 */
export async function loadDataset(file: string): Promise<EvalCase[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new DatasetError([`${file}: cannot read file: ${(error as Error).message}`], { cause: error });
  }

  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new DatasetError([`${file}: invalid YAML: ${(error as Error).message}`], { cause: error });
  }
  if (!Array.isArray(data)) {
    throw new DatasetError([`${file}: expected a YAML list of cases at the top level`]);
  }

  const problems: string[] = [];
  const cases: EvalCase[] = [];
  const firstIndexById = new Map<string, number>();

  data.forEach((raw: unknown, index) => {
    const label = caseLabel(raw, index);
    const result = evalCaseSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const at = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        problems.push(`${file}: ${label}: ${at}${issue.message}`);
      }
      return;
    }
    const previous = firstIndexById.get(result.data.id);
    if (previous !== undefined) {
      problems.push(`${file}: ${label}: duplicate case id (first used by case #${previous + 1})`);
      return;
    }
    firstIndexById.set(result.data.id, index);
    cases.push(result.data);
  });

  if (problems.length > 0) throw new DatasetError(problems);
  return cases;
}

/**
 * Reads every split in {@link splitNames} from `dir` (`dev.yaml`, `test.yaml`)
 * and checks that case ids are unique across splits.
 *
 * @param dir - Directory holding the split files, e.g. `evals/datasets`.
 * @returns The validated cases of each split.
 * @throws {DatasetError} When a split is missing or broken, or an id is used
 *   in more than one split.
 */
export async function loadSplits(dir: string): Promise<Splits> {
  const problems: string[] = [];
  const splits: Partial<Splits> = {};
  for (const name of splitNames) {
    try {
      splits[name] = await loadDataset(path.join(dir, `${name}.yaml`));
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new DatasetError(problems);

  const fileById = new Map<string, string>();
  for (const name of splitNames) {
    const file = path.join(dir, `${name}.yaml`);
    for (const c of splits[name] ?? []) {
      const other = fileById.get(c.id);
      if (other !== undefined) {
        problems.push(`${file}: case ${c.id}: duplicate case id (also in ${other})`);
      } else {
        fileById.set(c.id, file);
      }
    }
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return splits as Splits;
}
