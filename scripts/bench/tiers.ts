import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { generateSyntheticCorpus, writeSyntheticCorpus, type SyntheticFile } from '../../src/testing/synthetic-corpus.js';

/** Corpus sizes the benchmark knows: the real guide, and synthetic help centres of 1k, 10k and 100k chunks. */
export const tierNames = ['guide', '1k', '10k', '100k'] as const;
/** One of {@link tierNames}. */
export type TierName = (typeof tierNames)[number];

const syntheticChunks: Record<Exclude<TierName, 'guide'>, number> = { '1k': 1_000, '10k': 10_000, '100k': 100_000 };

/** A corpus on disk, ready to ingest, with the questions to ask it. */
export interface PreparedTier {
  name: TierName;
  /** Absolute knowledge directory (Markdown pages). */
  knowledgeDir: string;
  /** Absolute glossary file the pipeline loads (the real one, for every tier). */
  glossaryPath: string;
  /** Pages as written, for the 1 %-changed re-run. */
  files: SyntheticFile[];
  /** Customer questions, in a fixed order: the eval dev split for the guide, generated ones for synthetic tiers. */
  questions: string[];
}

/**
 * Writes tier `name` under `workDir/<name>/knowledge`: a copy of the repo's
 * `knowledge/` for `guide`, else a deterministic synthetic help centre
 * (`generateSyntheticCorpus`, seed 7) of exactly that many chunks.
 *
 * @param repoDir - repository root (for `knowledge/` and `evals/datasets/dev.yaml`).
 */
export function prepareTier(name: TierName, workDir: string, repoDir: string): PreparedTier {
  const knowledgeDir = path.join(workDir, name, 'knowledge');
  fs.rmSync(knowledgeDir, { recursive: true, force: true });
  const glossaryPath = path.join(repoDir, 'knowledge', 'glossary.yaml');
  if (name === 'guide') {
    fs.cpSync(path.join(repoDir, 'knowledge'), knowledgeDir, { recursive: true });
    const files = fs
      .readdirSync(knowledgeDir)
      .filter((file) => file.endsWith('.md'))
      .sort()
      .map((file) => ({ path: file, markdown: fs.readFileSync(path.join(knowledgeDir, file), 'utf8') }));
    return { name, knowledgeDir, glossaryPath, files, questions: datasetQuestions(path.join(repoDir, 'evals', 'datasets', 'dev.yaml')) };
  }
  const corpus = generateSyntheticCorpus({ chunks: syntheticChunks[name], questions: 200 });
  writeSyntheticCorpus(knowledgeDir, corpus.files);
  return { name, knowledgeDir, glossaryPath, files: corpus.files, questions: corpus.questions };
}

/** The `question` of every case of an eval dataset file (a YAML list); other fields are ignored. */
function datasetQuestions(file: string): string[] {
  const cases = parseYaml(fs.readFileSync(file, 'utf8')) as unknown;
  const questions = Array.isArray(cases) ? cases.flatMap((item) => (typeof item?.question === 'string' ? [item.question as string] : [])) : [];
  if (questions.length === 0) throw new Error(`${file} holds no questions`);
  return questions;
}
