import type { Chunk } from '../ingest/chunk.js';
import type { Glossary, GlossaryGroup, GlossaryMatch } from '../retrieval/glossary/glossary.js';
import { domainVocabulary } from '../retrieval/domain-vocabulary.js';
import { editDistance, typoBudget } from '../text/edit-distance.js';
import { stem, stopWords, words } from '../text/terms.js';
import { asksHowTo } from './problem-report.js';

/**
 * Words every section of a login-failure guide is about; they say nothing
 * about *which* section answers, so they are neither required nor counted.
 */
const domainWords = new Set(
  'login logins log logging logged logon signin sign signing access accessing account accounts user users planasonix work working works fail failing fails failed failure error errors issue issues problem problems broken trouble happen happens happening suddenly unable able everyone everybody people company org organization organisation workspace message page screen app application site website tool use using used page platform anymore start started load loads loading loaded customer customers says said reports reported tells told ticket'.split(' '),
);

/**
 * Verbs that name the task in a how-to question ("how do I create an API
 * key?"). The guide is about fixing failures, so when a how-to question's task
 * verb is not in the section, the section does not answer it: such verbs
 * weigh at least {@link taskVerbWeight} in how-to questions.
 */
const taskVerbs = new Set('create generate make set setup configure enable disable install delete remove change rename export import upgrade downgrade cancel add schedule increase extend transfer merge migrate connect'.split(' ').map(stem));
const taskVerbWeight = 0.6;
const httpErrorCode = /^[45]\d\d$/;

/**
 * Coverage needed to answer. A message that reports a failure (a symptom, an
 * error code) needs `problem`; any other question (how-to, policy, pricing)
 * needs `question`, which is higher: such questions often share words with the
 * guide without being answered by it.
 */
export interface AnswerabilityThresholds {
  /** Bar for messages that report a failure, in [0, 1]. */
  problem: number;
  /** Bar for other questions, in [0, 1]. */
  question: number;
  /**
   * Covered weight (Σ rarity² of covered words) that answers a failure report
   * whose coverage is as low as half the `problem` bar: a long message full of
   * narrative ("I'm at a hotel in Osaka for a conference…") still names the
   * section's specific terms.
   */
  evidence: number;
}

/** What is known about the whole message when one of its clauses is assessed. */
export interface AssessmentContext {
  /** The message (or the turn before it) reports a failure. */
  problemReported?: boolean;
  /** The message is not in English (see `detectNonEnglish`). */
  foreign?: boolean;
}

/** Per-word verdict, for logs and eval reports. */
export interface WordCoverage {
  word: string;
  /** Weight in [0, 1]: rarer words weigh more (see {@link AnswerabilityJudge}). */
  weight: number;
  covered: boolean;
}

/** Result of {@link AnswerabilityJudge.assess}. */
export interface Assessment {
  /** Σ weight of covered words ÷ Σ weight of all content words, in [0, 1]; 0 when the clause has no content word. */
  coverage: number;
  /** Σ weight of covered words: how much specific evidence ties the question to the sections, whatever else it says. */
  coveredWeight: number;
  /** Content words with their verdicts. */
  words: WordCoverage[];
  /** An error code (e.g. `500`) in the question that the sections do not mention. */
  codeMismatch: boolean;
  /** Coverage by the sections' own heading and text, without their parents' context (tie-breaker: prefers the section that is itself about the question). */
  ownCoverage: number;
  /** True when no error code is mismatched and coverage reaches the threshold that applies (see {@link AnswerabilityThresholds}). */
  answerable: boolean;
}

/**
 * Decides whether retrieved sections actually answer a question, rather than
 * merely sharing words with it. Every content word of the question (minus
 * stop words and {@link domainWords}) must be *covered* by the sections:
 * its stem occurs in the section (heading path, parent lead, text), or it is
 * part of a glossary term whose group's guide terms occur there, or it is
 * within a typo budget of such a word. Words are weighted by rarity (see
 * `rarity`), so "lost" or "change" matter less than "complexity" or
 * "webhook". An HTTP error code (4xx, 5xx) in the question, or implied by a
 * glossary term ("forbidden" → 403), that the sections lack is a miss ("a
 * different error code than the section's").
 */
export class AnswerabilityJudge {
  private readonly vocabularies = new Map<string, { full: Vocabulary; own: Vocabulary }>();
  private readonly merged = new Map<string, Vocabulary>();
  private readonly clauses = new Map<string, ClauseAnalysis>();
  private readonly fuzzy = new Map<string, boolean>();
  private readonly groups: { group: GlossaryGroup; phrases: string[]; oneWordTerms: string[] }[];
  private readonly domain: Set<string>;
  private readonly domainList: string[];

  /**
   * @param weight - word → weight in [0, 1]: how much the word says about what is asked; the pipeline uses
   *   rarity² (`wordRarity` of the local word vectors), so frequent words count little.
   * @param chunks - every chunk of the index (their words, with the glossary's, are the domain vocabulary for non-English messages).
   */
  constructor(
    private readonly glossary: Glossary,
    private readonly weight: (word: string) => number,
    readonly thresholds: AnswerabilityThresholds,
    chunks: Chunk[] = [],
  ) {
    this.groups = glossary.groups.map((group) => ({
      group,
      phrases: group.guide.map((term) => ` ${words(term).map(stem).join(' ')} `),
      oneWordTerms: [...group.guide, ...group.customer].filter((term) => words(term).length === 1),
    }));
    // Distinct words, gathered chunk by chunk and shared with the pipeline's speller (the corpus may hold 100k chunks).
    const distinct = domainVocabulary(chunks, glossary);
    this.domain = new Set(distinct.flatMap(termsOf));
    this.domainList = distinct.filter((word) => word.length >= 4 && !stopWords.has(word));
  }

  /**
   * How well `chunks` (together) cover `clause`.
   * @param context.problemReported - the message reports a failure (see `reportsProblem`); lowers the bar to `thresholds.problem`.
   * @param context.foreign - the message is not in English: only words the guide or glossary knows (or near cognates of them) count.
   */
  assess(clause: string, chunks: Chunk[], context: AssessmentContext = {}): Assessment {
    const { problemReported = false, foreign = false } = context;
    const full = this.cover(clause, this.mergedVocabulary(chunks, 'full'), foreign);
    const own = this.cover(clause, this.mergedVocabulary(chunks, 'own'), foreign);
    const threshold = problemReported || foreign ? this.thresholds.problem : this.thresholds.question;
    const strongEvidence = problemReported && full.coveredWeight >= this.thresholds.evidence && full.coverage >= this.thresholds.problem / 2;
    return { ...full, ownCoverage: own.coverage, answerable: (full.coverage >= threshold || strongEvidence) && !full.codeMismatch };
  }

  private cover(clause: string, vocabulary: Vocabulary, foreign: boolean): Omit<Assessment, 'ownCoverage' | 'answerable'> {
    const analysis = this.analyse(clause);
    const coveredGroups = new Set(this.groups.filter(({ phrases }) => phrases.some((phrase) => vocabulary.text.includes(phrase))));
    const glossaryPositions = new Map<number, boolean>();
    for (const match of analysis.matches) {
      const covered = [...coveredGroups].some((entry) => entry.group === match.group);
      for (const position of match.positions) glossaryPositions.set(position, (glossaryPositions.get(position) ?? false) || covered);
    }
    // Typo tolerance against the section's words and whole one-word glossary terms (not the words of a
    // phrase: "delete" must not pass for the "deleted" of "deleted user").
    let fuzzyTargets: string[] | undefined;
    const fuzzyMatch = (word: string): boolean => {
      const key = `${word}\u0000${vocabulary.key}`;
      let result = this.fuzzy.get(key);
      if (result === undefined) {
        fuzzyTargets ??= [...vocabulary.terms, ...[...coveredGroups].flatMap((entry) => entry.oneWordTerms)];
        result = fuzzyCovered(word, fuzzyTargets);
        remember(this.fuzzy, key, result);
      }
      return result;
    };
    const verdicts: WordCoverage[] = [];
    for (const { word, stemmed, position, weight } of analysis.contentWords) {
      if (foreign && !glossaryPositions.has(position) && !this.inDomain(word)) continue;
      const covered = glossaryPositions.get(position) ?? (vocabulary.terms.has(stemmed) || fuzzyMatch(word));
      verdicts.push({ word, weight, covered });
    }
    const total = verdicts.reduce((sum, verdict) => sum + verdict.weight, 0);
    const coveredWeight = verdicts.reduce((sum, verdict) => sum + (verdict.covered ? verdict.weight : 0), 0);
    const coverage = total === 0 ? 0 : coveredWeight / total;
    const codeMismatch = [...analysis.requiredCodes].some((code) => !vocabulary.terms.has(code));
    return { coverage, coveredWeight, words: verdicts, codeMismatch };
  }

  /** The clause's words, glossary matches, implied codes and word weights: computed once per clause (memoised). */
  private analyse(clause: string): ClauseAnalysis {
    const known = this.clauses.get(clause);
    if (known) return known;
    const sequence = words(clause);
    const matches = this.glossary.match(clause);
    const requiredCodes = new Set(sequence.filter((word) => httpErrorCode.test(word)));
    for (const match of matches) for (const term of match.group.guide) if (httpErrorCode.test(term)) requiredCodes.add(term);
    const isHowTo = asksHowTo(clause);
    const contentWords: ClauseAnalysis['contentWords'] = [];
    sequence.forEach((word, position) => {
      if (stopWords.has(word) || domainWords.has(word) || /^\p{N}{1,2}$/u.test(word) || word === 'redacted') return;
      const stemmed = stem(word);
      const floor = isHowTo && taskVerbs.has(stemmed) ? taskVerbWeight : 0.05;
      contentWords.push({ word, stemmed, position, weight: Math.max(floor, this.weight(word)) });
    });
    const analysis = { matches, requiredCodes, contentWords };
    remember(this.clauses, clause, analysis);
    return analysis;
  }

  /** HTTP error codes (4xx, 5xx) the clause states or implies through the glossary ("forbidden" → 403). */
  requiredCodes(clause: string): Set<string> {
    return this.analyse(clause).requiredCodes;
  }

  /** True when `text` has a content word: one that is not a stop word or a word every login question uses ("log", "error"). */
  hasContent(text: string): boolean {
    return this.analyse(text).contentWords.length > 0;
  }

  /** Σ weight of the content words of `text` (see `weight`): how much it says of its own. */
  contentWeight(text: string): number {
    return this.analyse(text).contentWords.reduce((sum, word) => sum + word.weight, 0);
  }

  /** True when `word` (or a near cognate: within the typo budget) is a word of the guide or glossary. */
  private inDomain(word: string): boolean {
    return this.domain.has(word) || this.domain.has(stem(word)) || fuzzyCovered(word, this.domainList);
  }

  private mergedVocabulary(chunks: Chunk[], kind: 'full' | 'own'): Vocabulary {
    const key = `${kind}:${chunks.map((chunk) => chunk.id).join('|')}`;
    let vocabulary = this.merged.get(key);
    if (!vocabulary) {
      vocabulary = { ...mergeVocabularies(chunks.map((chunk) => this.vocabulary(chunk)[kind])), key };
      remember(this.merged, key, vocabulary);
    }
    return vocabulary;
  }

  private vocabulary(chunk: Chunk): { full: Vocabulary; own: Vocabulary } {
    let vocabulary = this.vocabularies.get(chunk.id);
    if (!vocabulary) {
      const own = vocabularyOf([chunk.headingPath.at(-1) ?? '', chunk.text].join('\n'));
      vocabulary = { own, full: mergeVocabularies([own, vocabularyOf([...chunk.headingPath.slice(1), chunk.context].join('\n'))]) };
      this.vocabularies.set(chunk.id, vocabulary);
    }
    return vocabulary;
  }
}

/** What {@link AnswerabilityJudge} derives from a clause once. */
interface ClauseAnalysis {
  matches: GlossaryMatch[];
  requiredCodes: Set<string>;
  /** Words that count, with position, stem and weight. */
  contentWords: { word: string; stemmed: string; position: number; weight: number }[];
}

/** Bounded memo: forgets everything past 5,000 entries (a long-running server sees endless clauses). */
function remember<Value>(memo: Map<string, Value>, key: string, value: Value): void {
  if (memo.size >= 5_000) memo.clear();
  memo.set(key, value);
}

/** A section's words (raw and stemmed) and its stemmed text, for phrase matching. */
interface Vocabulary {
  /** Identifies a merged vocabulary (its chunk ids), for memoising. */
  key?: string;
  terms: Set<string>;
  /** Stemmed words joined by single spaces, padded with a space at both ends. */
  text: string;
}

/** A word as vocabulary entries: itself, its stem, and the stems of its hyphenated parts. */
function termsOf(word: string): string[] {
  return [word, stem(word), ...word.split('-').map(stem)];
}

function vocabularyOf(text: string): Vocabulary {
  const sequence = words(text);
  return { terms: new Set(sequence.flatMap(termsOf)), text: ` ${sequence.map(stem).join(' ')} ` };
}

function mergeVocabularies(vocabularies: Vocabulary[]): Vocabulary {
  return { terms: new Set(vocabularies.flatMap((vocabulary) => [...vocabulary.terms])), text: vocabularies.map((vocabulary) => vocabulary.text).join('|') };
}


function fuzzyCovered(word: string, targets: string[]): boolean {
  const budget = typoBudget(word.length);
  return budget > 0 && targets.some((target) => target.length >= 4 && editDistance(word, target, budget) <= budget);
}
