import fs from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import { readYamlFile, validateYamlFile } from '../../config/yaml-file.js';
import { stem, words } from '../../text/terms.js';
import { PhraseIndex } from './phrase-index.js';
import { RecentResults } from '../recent-results.js';

const glossarySchema = z.object({
  groups: z
    .array(
      z.object({
        guide: z.array(z.coerce.string().min(1)).min(1),
        customer: z.array(z.coerce.string().min(1)).default([]),
      }),
    )
    .min(1),
});

/** One synonym group: the guide's terms and the words customers use for them. */
export interface GlossaryGroup {
  guide: string[];
  customer: string[];
}

/** A glossary group found in a text. */
export interface GlossaryMatch {
  group: GlossaryGroup;
  /** Stemmed word positions of the text that the matching term covers. */
  positions: number[];
}

/** Stemmed word sequence used for phrase matching. */
function stemmedWords(text: string): string[] {
  return words(text).map(stem);
}

/**
 * Customer-vocabulary → guide-vocabulary query expansion, loaded from the
 * support team's `glossary.yaml` (see README § Glossary). Terms match on
 * stemmed word boundaries, so "invitations" matches "invitation".
 */
export class Glossary {
  private readonly terms: { words: string[]; group: GlossaryGroup }[];
  private readonly phrases: PhraseIndex;
  private readonly recent = new RecentResults<string, GlossaryMatch[]>(512);

  constructor(readonly groups: GlossaryGroup[]) {
    this.terms = groups
      .flatMap((group) => [...group.guide, ...group.customer].map((term) => ({ words: stemmedWords(term), group })))
      .filter((term) => term.words.length > 0)
      .sort((left, right) => right.words.length - left.words.length);
    this.phrases = new PhraseIndex(this.terms.map((term) => term.words));
  }

  /**
   * Groups whose guide or customer terms occur in `text`, each with the word
   * positions it covers; groups in the order of their longest matching term.
   * The last 512 texts' results are kept (the judge asks about one clause per candidate).
   */
  match(text: string): GlossaryMatch[] {
    return this.recent.get(text, (key) => this.findMatches(key)).map(({ group, positions }) => ({ group, positions: [...positions] }));
  }

  private findMatches(text: string): GlossaryMatch[] {
    const matches = new Map<GlossaryGroup, Set<number>>();
    for (const { phrase, starts } of this.phrases.occurrences(stemmedWords(text))) {
      const term = this.terms[phrase]!;
      for (const start of starts) {
        const positions = matches.get(term.group) ?? new Set<number>();
        for (let offset = 0; offset < term.words.length; offset += 1) positions.add(start + offset);
        matches.set(term.group, positions);
      }
    }
    return [...matches].map(([group, positions]) => ({ group, positions: [...positions].sort((a, b) => a - b) }));
  }

  /** `text` followed by the guide terms of every group it mentions (query expansion). */
  expand(text: string): string {
    const additions = this.match(text).flatMap((found) => found.group.guide);
    return additions.length === 0 ? text : `${text}\n${additions.join(' ')}`;
  }
}

/** A glossary with no groups: expansion is the identity (used to measure the glossary's effect). */
export const emptyGlossary = new Glossary([]);

/**
 * Reads and validates a glossary YAML file (`groups: [{guide: [...], customer: [...]}]`).
 *
 * @throws {AppError} `config_invalid` naming the file and the problem.
 */
export function loadGlossary(filePath: string): Glossary {
  if (!fs.existsSync(filePath)) {
    throw new AppError('config_invalid', `Glossary ${filePath} does not exist. Every knowledge directory needs one (copy knowledge/glossary.yaml and adapt it), or set GLOSSARY_PATH to an existing file.`);
  }
  const raw = readYamlFile(filePath, 'Glossary', 'Fix the file or set GLOSSARY_PATH.');
  return new Glossary(validateYamlFile(glossarySchema, raw, filePath, 'Glossary').groups);
}
