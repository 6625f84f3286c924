import fs from 'node:fs';
import { z } from 'zod';
import { readYamlFile, validateYamlFile } from '../../config/yaml-file.js';
import type { TicketContext } from './types.js';

const questionSchema = z.object({
  ask: z.string().trim().min(5).max(300),
  /** Skip the question when the request's context already gives this fact. */
  unlessKnown: z.enum(['sso', 'idp', 'plan']).optional(),
});

const tableSchema = z.object({
  generic: z.array(questionSchema).default([]),
  sections: z.record(z.string(), z.array(questionSchema)).default({}),
});

/**
 * The support team's follow-up questions (`knowledge/assist-questions.yaml`):
 * per guide section id, and generic ones asked for every ticket.
 */
export type QuestionTable = z.infer<typeof tableSchema>;

/** Most questions suggested per ticket. */
export const maxQuestions = 8;

/**
 * Reads and validates the questions file. A missing file gives an empty table,
 * and questions keyed by a section the guide no longer has are dropped: both
 * with a warning, so that a renamed heading (e.g. picked up by an index
 * reload) never takes agent assist down.
 *
 * @param knownSectionIds - chunk ids of the index.
 * @param warn - receives those warnings (default `console.warn`).
 * @throws {AppError} `config_invalid` naming the file and the problem when it is not valid YAML or not a valid table.
 */
export function loadQuestionTable(filePath: string, knownSectionIds: Iterable<string>, warn: (message: string) => void = console.warn): QuestionTable {
  if (!fs.existsSync(filePath)) {
    warn(`[assist] ${filePath} not found: agent assist will suggest no follow-up questions.`);
    return { generic: [], sections: {} };
  }
  const table = validateYamlFile(tableSchema, readYamlFile(filePath, 'Assist questions'), filePath, 'Assist questions', 'are');
  const known = new Set(knownSectionIds);
  const unknown = Object.keys(table.sections).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    warn(`[assist] ${filePath} names sections the guide does not have, ignored: ${unknown.join(', ')}. Use chunk ids such as login-failures/mfa-recovery.`);
  }
  return { generic: table.generic, sections: Object.fromEntries(Object.entries(table.sections).filter(([id]) => known.has(id))) };
}

/**
 * The questions to suggest: those of `sectionIds` (in that order), then the
 * generic ones (which always keep their place); skipping any whose fact
 * `context` already gives; `{idp}` filled in; no duplicates; at most
 * {@link maxQuestions}.
 */
export function followUpQuestions(table: QuestionTable, sectionIds: string[], context: TicketContext = {}): string[] {
  const idp = context.idp?.trim() || 'your identity provider';
  const texts = (questions: QuestionTable['generic']) =>
    questions.filter((question) => !question.unlessKnown || context[question.unlessKnown] === undefined || context[question.unlessKnown] === '').map((question) => question.ask.replaceAll('{idp}', idp));
  const generic = texts(table.generic).slice(0, maxQuestions);
  const specific = [...new Set(texts(sectionIds.flatMap((id) => table.sections[id] ?? [])))].filter((text) => !generic.includes(text));
  return [...specific.slice(0, maxQuestions - generic.length), ...generic];
}
