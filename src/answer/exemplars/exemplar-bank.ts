import fs from 'node:fs';
import { z } from 'zod';
import type { Chunk } from '../../ingest/chunk.js';
import { sectionOf } from '../../ingest/split-long.js';
import { AppError } from '../../errors.js';
import { readYamlFile, validateYamlFile } from '../../config/yaml-file.js';

const questionsShape = z.array(z.string().trim().min(1)).min(1);

/** Shape of `knowledge/exemplars.yaml` (see that file's header). */
const exemplarFileSchema = z.strictObject({
  answered: z.array(z.strictObject({ section: z.string().min(1), questions: questionsShape })).min(1),
  not_answered: z.array(z.strictObject({ topic: z.string().min(1), questions: questionsShape })).min(1),
});

/** One example message and what the guide does with it. */
export interface Exemplar {
  question: string;
  /** Full section id (e.g. `login-failures/sso-configuration-issues/clock-skew`) when the guide answers it; undefined when it does not. */
  section?: string;
  /** For a message the guide does not answer: what it asks (e.g. "password expiry policy"). */
  topic?: string;
}

/**
 * Example customer messages, each labelled with the guide section that
 * answers it or as not answered: the labelled neighbours of out-of-scope
 * detection by nearest neighbours (see `ExemplarIndex`), in the manner of
 * intent classifiers with an explicit out-of-scope class (Larson et al. 2019,
 * "An Evaluation Dataset for Intent Classification and Out-of-Scope
 * Prediction", EMNLP).
 */
export interface ExemplarBank {
  exemplars: Exemplar[];
}

/**
 * Reads and validates an exemplar file. Sections are named by the last part of
 * their id (`clock-skew`); each must name exactly one section of `chunks` or a
 * parent heading of one (`api-key-problems`).
 * @param chunks - the index's chunks (their ids, minus a `~n` part suffix, are the section ids).
 * @param options.required - the path was given explicitly (`EXEMPLARS_PATH`), so a missing file is an error.
 * @returns undefined when the file does not exist and is not required (a custom knowledge directory without one: no exemplar evidence).
 * @throws {AppError} `config_invalid` when a required file is missing, or the file is empty, not YAML, does not match the
 *   schema, or names a section the index lacks.
 */
export function loadExemplarBank(filePath: string, chunks: Chunk[], options: { required?: boolean } = {}): ExemplarBank | undefined {
  if (!fs.existsSync(filePath)) {
    if (!options.required) return undefined;
    throw new AppError('config_invalid', `EXEMPLARS_PATH names ${filePath}, which does not exist. Fix the path, or unset EXEMPLARS_PATH to use <KNOWLEDGE_DIR>/exemplars.yaml.`);
  }
  const raw = readYamlFile(filePath, 'Exemplar file', 'Fix the file or set EXEMPLARS_PATH.');
  if (raw === null || raw === undefined) {
    throw new AppError('config_invalid', `Exemplar file ${filePath} is empty: it needs an \`answered\` list (section, questions) and a \`not_answered\` list (topic, questions).`);
  }
  const file = validateYamlFile(exemplarFileSchema, raw, filePath, 'Exemplar file');
  // Sections and their parent headings (a heading without text of its own, such as "API key problems", has no chunk).
  const sections = [...new Set(chunks.flatMap((chunk) => ancestry(sectionOf(chunk.id))))];
  const resolve = (name: string): string => {
    const matches = sections.filter((id) => id === name || id.endsWith(`/${name}`));
    if (matches.length !== 1) {
      const problem = matches.length === 0 ? 'no section of the index has that id' : `it names ${matches.length} sections (${matches.join(', ')})`;
      throw new AppError('config_invalid', `Exemplar file ${filePath}: section "${name}" cannot be used: ${problem}. Use the last part of a section id, e.g. "clock-skew".`);
    }
    return matches[0]!;
  };
  const exemplars: Exemplar[] = [
    ...file.answered.flatMap(({ section, questions }) => {
      const id = resolve(section);
      return questions.map((question) => ({ question, section: id }));
    }),
    ...file.not_answered.flatMap(({ topic, questions }) => questions.map((question) => ({ question, topic }))),
  ];
  return { exemplars };
}

/** `a/b/c` → `a`, `a/b`, `a/b/c`. */
function ancestry(id: string): string[] {
  const parts = id.split('/');
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}
