import fs from 'node:fs';
import path from 'node:path';
import { SeededRandom } from './seeded-random.js';
import { areas, causes, httpCodes, nameSyllables, objects, questionOpeners, scopes, steps, symptoms, vendors } from './synthetic-vocabulary.js';

/** Options of {@link generateSyntheticCorpus}. */
export interface SyntheticCorpusOptions {
  /** Chunks the corpus must yield when ingested (each section becomes exactly one chunk). */
  chunks: number;
  /** Seed of the generator (default 7); the same seed and size give byte-identical files. */
  seed?: number;
  /** Sections (= chunks) per Markdown page (default 20). */
  sectionsPerFile?: number;
  /** Customer questions to generate about the corpus's sections (default 200). */
  questions?: number;
}

/** One generated knowledge page. */
export interface SyntheticFile {
  /** Path relative to the knowledge directory, e.g. `connectors/zenvel-0001.md`. */
  path: string;
  /** Page contents: YAML front matter with `title`, then headings, lead paragraphs and step lists. */
  markdown: string;
}

/** A generated help centre. */
export interface SyntheticCorpus {
  files: SyntheticFile[];
  /** Chunks the files yield when ingested (= `options.chunks`). */
  chunkCount: number;
  /** Customer-style questions about random sections (mostly answerable, some out of scope), in a fixed order. */
  questions: string[];
}

interface SectionFacts {
  vendor: string;
  object: string;
  symptom: string;
}

/**
 * A deterministic synthetic help centre of troubleshooting pages: each page
 * has a title, H2 sections and H3 sub-sections (every fourth section), and
 * every section has a cause sentence and 2–5 remediation steps (about
 * 300–700 characters), so each section is exactly one chunk (under the
 * 1,500-character split limit). Invented product names (one per page) make
 * the vocabulary grow with the corpus, as a real help centre's does.
 * Pure: nothing is written; see {@link writeSyntheticCorpus}.
 */
export function generateSyntheticCorpus(options: SyntheticCorpusOptions): SyntheticCorpus {
  const random = new SeededRandom(options.seed ?? 7);
  const perFile = options.sectionsPerFile ?? 20;
  const files: SyntheticFile[] = [];
  const facts: SectionFacts[] = [];
  for (let page = 0; page * perFile < options.chunks; page += 1) {
    const sections = Math.min(perFile, options.chunks - page * perFile);
    const product = productName(page);
    const area = random.pick(areas);
    const title = `${product} ${area} troubleshooting`;
    const body: string[] = [`---\ntitle: ${title}\n---\n\n# ${title}\n`];
    for (let section = 0; section < sections; section += 1) {
      const fact = { vendor: random.pick(vendors), object: random.pick(objects), symptom: random.pick(symptoms) };
      const fill = slotFiller(random, { ...fact, product });
      const heading = section % 4 === 3 ? `### ${capitalise(fill(`${fact.object} ${fact.symptom}`))}` : `## ${fill(`${fact.vendor} ${fact.object} ${fact.symptom}`)}`;
      const lead = random.sample(causes, random.integer(1, 2)).map(fill).join(' ');
      const list = random.sample(steps, random.integer(2, 5)).map((step) => `- ${fill(step)}`).join('\n');
      body.push(`${heading}\n\n${lead}\n\n${list}\n`);
      facts.push(fact);
    }
    files.push({ path: `${area.replace(/[^a-z]+/gi, '-').toLowerCase()}/${product.toLowerCase()}-${String(page).padStart(4, '0')}.md`, markdown: body.join('\n') });
  }
  return { files, chunkCount: options.chunks, questions: makeQuestions(random, facts, options.questions ?? 200) };
}

/**
 * Writes the corpus under `directory` (created; existing files of the same
 * names are overwritten, others are left alone).
 */
export function writeSyntheticCorpus(directory: string, files: SyntheticFile[]): void {
  for (const file of files) {
    const target = path.join(directory, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.markdown);
  }
}

/**
 * Edits `share` (0–1) of the files, evenly spread (at least one): each edit
 * rewrites the first step of the page's first section, so exactly one chunk
 * per edited page changes. `revision` makes successive edits differ.
 *
 * @returns the edited files (only those), ready for {@link writeSyntheticCorpus}.
 */
export function reviseSyntheticFiles(files: SyntheticFile[], share: number, revision = 1): SyntheticFile[] {
  const count = Math.max(1, Math.round(files.length * share));
  const stride = files.length / count;
  return Array.from({ length: count }, (_, position) => {
    const file = files[Math.floor(position * stride)]!;
    return { path: file.path, markdown: file.markdown.replace('\n- ', `\n- Check the status page first (revision ${revision}), then: `) };
  });
}

function slotFiller(random: SeededRandom, facts: SectionFacts & { product: string }): (template: string) => string {
  return (template) =>
    template
      .replaceAll('{vendor}', facts.vendor)
      .replaceAll('{object}', facts.object)
      .replaceAll('{product}', facts.product)
      .replaceAll('{scope}', random.pick(scopes))
      .replaceAll('{code}', random.pick(httpCodes));
}

function makeQuestions(random: SeededRandom, facts: SectionFacts[], count: number): string[] {
  return Array.from({ length: count }, (_, position) => {
    if (position % 10 === 9) return random.pick(['how much does the enterprise plan cost per seat?', 'can I change the colour of the sidebar?', 'do you have an office in Berlin?']);
    const fact = random.pick(facts);
    const symptom = fact.symptom.replace('{code}', random.pick(httpCodes));
    return `${random.pick(questionOpeners)} our ${fact.vendor} ${fact.object} ${symptom}, what should we do?`.trim();
  });
}

/** Product name of page `page`: 2–3 syllables, unique per page. */
function productName(page: number): string {
  const syllables: string[] = [];
  let rest = page + nameSyllables.length; // at least two syllables
  while (rest > 0) {
    syllables.unshift(nameSyllables[rest % nameSyllables.length]!);
    rest = Math.floor(rest / nameSyllables.length);
  }
  return capitalise(syllables.join(''));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
