import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DatasetError,
  knownSectionIds,
  loadDataset,
  loadSplits,
  type EvalCase,
  type Splits,
} from './schema.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const datasetsDir = path.resolve(here, '../datasets');
const guidePath = path.resolve(here, '../../knowledge/login-failures.md');

const count = (cases: readonly EvalCase[], kind: EvalCase['kind']) =>
  cases.filter((c) => c.kind === kind).length;

const normalize = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/[\s-]+/g, '-');

interface GuideSection {
  id: string;
  /** The section has text of its own under its heading. */
  hasBody: boolean;
  /** The section has subsections. */
  hasChildren: boolean;
  /**
   * Normalized text a point may be drawn from: the section's own heading and
   * body, its subsections, and its ancestors' headings and intros.
   */
  grounding: string;
}

/** Parses the guide into sections keyed by heading-path slug. */
function guideSections(markdown: string): Map<string, GuideSection> {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const raw: { id: string; heading: string; lines: string[] }[] = [];
  const stack: string[] = [];
  for (const line of body.split('\n')) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      stack.length = heading[1]!.length - 1;
      stack.push(slug(heading[2]!));
      raw.push({ id: stack.join('/'), heading: heading[2]!, lines: [] });
    } else {
      raw.at(-1)?.lines.push(line);
    }
  }
  const result = new Map<string, GuideSection>();
  for (const { id, lines } of raw) {
    const related = raw.filter((s) => s.id === id || s.id.startsWith(`${id}/`) || id.startsWith(`${s.id}/`));
    result.set(id, {
      id,
      hasBody: lines.some((line) => line.trim() !== ''),
      hasChildren: raw.some((s) => s.id.startsWith(`${id}/`)),
      grounding: normalize(related.flatMap((s) => [s.heading, ...s.lines]).join(' ')),
    });
  }
  return result;
}

describe('eval dataset', () => {
  let splits: Splits;
  let all: EvalCase[];

  beforeAll(async () => {
    splits = await loadSplits(datasetsDir);
    all = [...splits.dev, ...splits.test];
  });

  it('has the required number of cases per kind', () => {
    expect(count(all, 'in_scope')).toBeGreaterThanOrEqual(110);
    expect(count(all, 'out_of_scope')).toBeGreaterThanOrEqual(26);
    expect(count(all, 'adversarial')).toBeGreaterThanOrEqual(14);
  });

  // The test split is frozen at 166 cases so its figures compare across sessions against issue 3's bars;
  // new tuning data goes to dev only, so dev's share of the whole grows (no cap on it: a larger dev never
  // weakens the held-out figures, shrinking or editing test would).
  it('keeps the frozen held-out test split (166 cases) and a similar mix of kinds in both splits', () => {
    expect(splits.test).toHaveLength(166);
    expect(splits.dev.length / all.length).toBeGreaterThan(0.4);
    for (const kind of ['in_scope', 'out_of_scope', 'adversarial'] as const) {
      const dev = count(splits.dev, kind) / splits.dev.length;
      const test = count(splits.test, kind) / splits.test.length;
      // Within 8 points: the fourth dev batch carries extra near misses on purpose.
      expect(Math.abs(dev - test), kind).toBeLessThan(0.08);
    }
  });

  it('covers every guide section in both splits', () => {
    for (const split of [splits.dev, splits.test]) {
      const covered = new Set(
        split.filter((c) => c.kind === 'in_scope').flatMap((c) => c.expected_sections ?? []),
      );
      expect([...knownSectionIds].filter((id) => !covered.has(id))).toEqual([]);
    }
  });

  it('uses the section ids of the actual guide', async () => {
    const sections = guideSections(await readFile(guidePath, 'utf8'));
    // Grouping headings (the title, "API key problems") have no text of their
    // own, only subsections, so they are not citable; heading-only leaves are.
    const citable = [...sections.values()].filter((s) => s.hasBody || !s.hasChildren).map((s) => s.id);
    expect(citable.sort()).toEqual([...knownSectionIds].sort());
  });

  it('takes every expected point from the text of an expected section', async () => {
    const sections = guideSections(await readFile(guidePath, 'utf8'));
    const ungrounded = all.flatMap((c) =>
      (c.expected_points ?? [])
        .filter((point) => !(c.expected_sections ?? []).some((id) => sections.get(id)?.grounding.includes(normalize(point))))
        .map((point) => `${c.id}: ${point}`),
    );
    expect(ungrounded).toEqual([]);
  });
});

describe('loadDataset / loadSplits on broken input', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'eval-dataset-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const goodCase = `
- id: ok-001
  kind: in_scope
  question: "lost my phone"
  expected_sections: [login-failures/mfa-recovery]
  expected_points: ["backup codes", "ask an admin to reset MFA"]
  expect_abstain: false
`;

  async function write(name: string, yaml: string): Promise<string> {
    const file = path.join(dir, name);
    await writeFile(file, yaml, 'utf8');
    return file;
  }

  it('names the file, case id and problem for an in-scope case with one point', async () => {
    const file = await write(
      'one-point.yaml',
      `${goodCase}
- id: bad-001
  kind: in_scope
  question: "cant log in"
  expected_sections: [login-failures/invalid-email-or-password]
  expected_points: ["caps lock is off"]
  expect_abstain: false
`,
    );
    const error = await loadDataset(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toContain('bad-001');
    expect((error as Error).message).toMatch(/2–4 expected_points/);
  });

  it('rejects an unknown section id and a duplicate id', async () => {
    const file = await write(
      'unknown-section.yaml',
      `${goodCase}
- id: bad-002
  kind: in_scope
  question: "sso broken"
  expected_sections: [login-failures/sso]
  expected_points: ["redirect loops", "IdP error"]
  expect_abstain: false
${goodCase}`,
    );
    const message = await loadDataset(file).then(
      () => '',
      (e: unknown) => (e as Error).message,
    );
    expect(message).toMatch(/case bad-002: expected_sections\.0: unknown section id "login-failures\/sso"/);
    expect(message).toMatch(/case ok-001: duplicate case id/);
  });

  it('rejects an id used in two splits', async () => {
    await write('dev.yaml', goodCase);
    await write('test.yaml', goodCase);
    await expect(loadSplits(dir)).rejects.toThrow(/test\.yaml: case ok-001: duplicate case id/);
  });
});
