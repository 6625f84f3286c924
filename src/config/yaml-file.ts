import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { AppError } from '../errors.js';

/** Every issue of a zod error as `path: message`, joined by `; ` (names the field a person has to fix). */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
}

/**
 * Reads a YAML file the support team edits (the glossary, the exemplars, the assist questions) without validating it.
 * @param label - what the file is, first word of messages (e.g. `Glossary`).
 * @param fix - sentence added to the message when the file cannot be read (e.g. which variable names it).
 * @throws {AppError} `config_invalid` when the file cannot be read or is not YAML: `<label> <path> cannot be read as YAML: <reason>.`
 */
export function readYamlFile(filePath: string, label: string, fix?: string): unknown {
  try {
    return parseYaml(fs.readFileSync(filePath, 'utf8'));
  } catch (error) {
    throw new AppError('config_invalid', `${label} ${filePath} cannot be read as YAML: ${(error as Error).message}.${fix ? ` ${fix}` : ''}`, { cause: error });
  }
}

/**
 * `raw` (read by {@link readYamlFile}) checked against `schema`.
 * @param verb - `is` or `are`, to agree with `label` (`Assist questions … are invalid`).
 * @throws {AppError} `config_invalid`: `<label> <path> is invalid: <field>: <problem>; ….`
 */
export function validateYamlFile<Schema extends z.ZodType>(schema: Schema, raw: unknown, filePath: string, label: string, verb: 'is' | 'are' = 'is'): z.output<Schema> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError('config_invalid', `${label} ${filePath} ${verb} invalid: ${describeIssues(parsed.error)}.`);
  return parsed.data;
}
