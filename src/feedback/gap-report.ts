/**
 * The support team's view of what the guide fails to answer: the most
 * frequent topics among questions the bot abstained on, and the answers
 * customers rated down.
 */
import { stem, stopWords, words } from '../text/terms.js';
import type { AnswerRecord, FeedbackStore, RatedAnswer } from './feedback-store.js';

/** A word that recurs in unanswered questions. */
export interface UnansweredTopic {
  /** The most common spelling of the word, e.g. `invoices`. */
  topic: string;
  /** How many unanswered questions contain it (any form with the same Porter stem). */
  questions: number;
  /** Up to three of those questions, newest first. */
  examples: string[];
}

/** A section and how often answers citing it were rated down. */
export interface SectionDownvotes {
  /** Chunk id, e.g. `login-failures/mfa-recovery`. */
  section: string;
  downvotes: number;
}

/** What `npm run report -- gaps` prints. */
export interface GapReport {
  /** Abstained questions considered (at most the `scan` limit). */
  unansweredCount: number;
  topics: UnansweredTopic[];
  ratedDown: RatedAnswer[];
  sections: SectionDownvotes[];
}

/** Limits of {@link buildGapReport}. */
export interface GapReportOptions {
  /** Only records from this time on (default: all). */
  since?: Date;
  /** Topics and rated-down answers listed (default 10). */
  limit?: number;
  /** Newest abstained questions and ratings read from the store (default 5,000). */
  scan?: number;
}

/**
 * Reads the store and builds the report.
 *
 * @throws whatever the store throws.
 */
export async function buildGapReport(store: FeedbackStore, options: GapReportOptions = {}): Promise<GapReport> {
  const limit = options.limit ?? 10;
  const scan = options.scan ?? 5000;
  const unanswered = await store.abstainedAnswers({ since: options.since, limit: scan });
  const ratedDown = await store.ratedDown({ since: options.since, limit: scan });
  return { unansweredCount: unanswered.length, topics: unansweredTopics(unanswered).slice(0, limit), ratedDown: ratedDown.slice(0, limit), sections: sectionDownvotes(ratedDown) };
}

/** `[REDACTED API KEY]` and the like, left by `redactSecrets`: not a topic. */
const redactionMarker = /\[REDACTED[^\]]*\]/g;

/**
 * Content words of unanswered questions (stop words removed, grouped by Porter
 * stem), most frequent first; a word counts once per question. Words in fewer
 * than two questions are left out unless nothing recurs.
 *
 * @param records - abstained answers, newest first.
 */
export function unansweredTopics(records: AnswerRecord[]): UnansweredTopic[] {
  const byStem = new Map<string, { spellings: Map<string, number>; examples: string[]; questions: number }>();
  for (const record of records) {
    const seen = new Set<string>();
    for (const word of words(record.question.replace(redactionMarker, ' '))) {
      if (stopWords.has(word) || word.length < 3 || /^\d+$/.test(word)) continue;
      const key = stem(word);
      const entry = byStem.get(key) ?? { spellings: new Map<string, number>(), examples: [], questions: 0 };
      entry.spellings.set(word, (entry.spellings.get(word) ?? 0) + 1);
      if (!seen.has(key)) {
        seen.add(key);
        entry.questions += 1;
        if (entry.examples.length < 3) entry.examples.push(record.question);
      }
      byStem.set(key, entry);
    }
  }
  const topics = [...byStem.values()]
    .map((entry) => ({ topic: [...entry.spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0], questions: entry.questions, examples: entry.examples }))
    .sort((a, b) => b.questions - a.questions || a.topic.localeCompare(b.topic));
  const recurring = topics.filter((topic) => topic.questions >= 2);
  return recurring.length > 0 ? recurring : topics;
}

/** Cited sections of rated-down answers, most downvoted first. */
export function sectionDownvotes(ratedDown: RatedAnswer[]): SectionDownvotes[] {
  const counts = new Map<string, number>();
  for (const { answer } of ratedDown) for (const section of new Set(answer.citedSections)) counts.set(section, (counts.get(section) ?? 0) + 1);
  return [...counts].map(([section, downvotes]) => ({ section, downvotes })).sort((a, b) => b.downvotes - a.downvotes || a.section.localeCompare(b.section));
}
