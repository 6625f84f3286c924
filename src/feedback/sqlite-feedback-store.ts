import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

import { AppError } from '../errors.js';
import type { AnswerRecord, FeedbackRecord, FeedbackStore, ListOptions, RatedAnswer } from './feedback-store.js';
import { createWriteBatcher } from './write-batcher.js';

/** Options for {@link createSqliteFeedbackStore}. */
export interface SqliteFeedbackStoreOptions {
  /** Database file (created with its folder when missing), or `:memory:`. */
  path: string;
  /** Fail instead of creating a missing file (for read-only tools such as the report). */
  fileMustExist?: boolean;
}

const schemaVersion = 1;
const schema = `
  CREATE TABLE IF NOT EXISTS answers (
    answer_id TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL,            -- ms since the Unix epoch
    question TEXT NOT NULL,                 -- redacted
    answer TEXT NOT NULL,
    abstained INTEGER NOT NULL,
    degraded INTEGER NOT NULL,
    answerer TEXT NOT NULL,
    cited_sections TEXT NOT NULL            -- JSON array of chunk ids
  );
  CREATE INDEX IF NOT EXISTS answers_by_abstained ON answers (abstained, created_at);
  CREATE TABLE IF NOT EXISTS feedback (
    answer_id TEXT PRIMARY KEY REFERENCES answers (answer_id) ON DELETE CASCADE,
    rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
    comment TEXT,                           -- redacted
    created_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS feedback_by_rating ON feedback (rating, created_at);
`;

interface AnswerRow {
  answer_id: string;
  created_at: number;
  question: string;
  answer: string;
  abstained: number;
  degraded: number;
  answerer: 'extractive' | 'llm';
  cited_sections: string;
}

interface RatedRow extends AnswerRow {
  rating: 'up' | 'down';
  comment: string | null;
  rated_at: number;
}

/**
 * The embedded {@link FeedbackStore}: one SQLite file (better-sqlite3, WAL
 * journal so the report can read while the server writes). Schema version is
 * kept in `PRAGMA user_version`. Answers recorded in the same event-loop turn
 * are inserted in one transaction; each `recordAnswer` settles once its own
 * is committed.
 *
 * @throws {AppError} `config_invalid` when the file cannot be opened or created
 *   (the message names the path and says to set `FEEDBACK_DB_PATH`).
 */
export function createSqliteFeedbackStore(options: SqliteFeedbackStoreOptions): FeedbackStore {
  const database = open(options);
  const insertAnswer = database.prepare(
    'INSERT OR IGNORE INTO answers (answer_id, created_at, question, answer, abstained, degraded, answerer, cited_sections) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const upsertFeedback = database.prepare(
    `INSERT INTO feedback (answer_id, rating, comment, created_at)
       SELECT @answerId, @rating, @comment, @createdAt WHERE EXISTS (SELECT 1 FROM answers WHERE answer_id = @answerId)
       ON CONFLICT (answer_id) DO UPDATE SET rating = excluded.rating, comment = excluded.comment, created_at = excluded.created_at`,
  );
  const selectAbstained = database.prepare<[number, number], AnswerRow>('SELECT * FROM answers WHERE abstained = 1 AND created_at >= ? ORDER BY created_at DESC LIMIT ?');
  const selectRatedDown = database.prepare<[number, number], RatedRow>(
    `SELECT answers.*, feedback.rating, feedback.comment, feedback.created_at AS rated_at
       FROM feedback JOIN answers USING (answer_id)
      WHERE feedback.rating = 'down' AND feedback.created_at >= ? ORDER BY feedback.created_at DESC LIMIT ?`,
  );
  const since = (list: ListOptions) => list.since?.getTime() ?? 0;
  // Answers given in the same event-loop turn are inserted in one transaction (one commit); see write-batcher.ts.
  const answers = createWriteBatcher<AnswerRecord>(
    database.transaction((records: AnswerRecord[]) => {
      for (const record of records) insertAnswer.run(record.answerId, record.createdAt.getTime(), record.question, record.answer, Number(record.abstained), Number(record.degraded), record.answerer, JSON.stringify(record.citedSections));
    }),
  );

  return {
    recordAnswer: (record: AnswerRecord) => answers.add(record),
    async recordFeedback(record: FeedbackRecord) {
      return upsertFeedback.run({ answerId: record.answerId, rating: record.rating, comment: record.comment ?? null, createdAt: record.createdAt.getTime() }).changes > 0;
    },
    async abstainedAnswers(list: ListOptions) {
      return selectAbstained.all(since(list), list.limit).map(toAnswer);
    },
    async ratedDown(list: ListOptions): Promise<RatedAnswer[]> {
      return selectRatedDown.all(since(list), list.limit).map((row) => ({
        answer: toAnswer(row),
        feedback: { answerId: row.answer_id, rating: row.rating, ...(row.comment === null ? {} : { comment: row.comment }), createdAt: new Date(row.rated_at) },
      }));
    },
    async close() {
      await answers.drain();
      database.close();
    },
  };
}

/** Opens (and if needed creates and migrates) the database. */
function open(options: SqliteFeedbackStoreOptions): Database.Database {
  try {
    if (options.path !== ':memory:' && !options.fileMustExist) fs.mkdirSync(path.dirname(options.path), { recursive: true });
    const database = new Database(options.path, { fileMustExist: options.fileMustExist ?? false });
    database.pragma('journal_mode = WAL');
    database.pragma('busy_timeout = 5000');
    database.pragma('foreign_keys = ON');
    if (database.pragma('user_version', { simple: true }) !== schemaVersion) {
      database.exec(schema);
      database.pragma(`user_version = ${schemaVersion}`);
    }
    return database;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('config_invalid', `Cannot open the feedback database at ${options.path} (${reason}). Set FEEDBACK_DB_PATH to a writable file.`, { cause: error });
  }
}

function toAnswer(row: AnswerRow): AnswerRecord {
  return {
    answerId: row.answer_id,
    createdAt: new Date(row.created_at),
    question: row.question,
    answer: row.answer,
    abstained: row.abstained === 1,
    degraded: row.degraded === 1,
    answerer: row.answerer,
    citedSections: JSON.parse(row.cited_sections) as string[],
  };
}
