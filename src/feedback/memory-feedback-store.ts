import type { AnswerRecord, FeedbackRecord, FeedbackStore, ListOptions, RatedAnswer } from './feedback-store.js';

/**
 * A {@link FeedbackStore} in process memory: the default when no database is
 * configured (tests, `createApp` without a store). Keeps the newest
 * `maxAnswers` answers (default 10,000) and their feedback; older ones are
 * forgotten, and everything is lost on restart.
 */
export function createMemoryFeedbackStore(maxAnswers = 10_000): FeedbackStore {
  const answers = new Map<string, AnswerRecord>();
  const feedback = new Map<string, FeedbackRecord>();
  return {
    recordAnswer(record) {
      if (answers.has(record.answerId)) return Promise.resolve();
      answers.set(record.answerId, record);
      if (answers.size > maxAnswers) {
        const oldest = answers.keys().next().value as string;
        answers.delete(oldest);
        feedback.delete(oldest);
      }
      return Promise.resolve();
    },
    recordFeedback(record) {
      if (!answers.has(record.answerId)) return Promise.resolve(false);
      feedback.set(record.answerId, record);
      return Promise.resolve(true);
    },
    abstainedAnswers(options) {
      return Promise.resolve(newestFirst([...answers.values()].filter((record) => record.abstained), options, (record) => record.createdAt));
    },
    ratedDown(options) {
      const rated: RatedAnswer[] = [...feedback.values()]
        .filter((record) => record.rating === 'down')
        .map((record) => ({ answer: answers.get(record.answerId)!, feedback: record }));
      return Promise.resolve(newestFirst(rated, options, (item) => item.feedback.createdAt));
    },
    close() {
      answers.clear();
      feedback.clear();
      return Promise.resolve();
    },
  };
}

/** `items` created at or after `options.since`, newest first, at most `options.limit`. */
function newestFirst<T>(items: T[], options: ListOptions, time: (item: T) => Date): T[] {
  return items
    .filter((item) => !options.since || time(item) >= options.since)
    .sort((a, b) => time(b).getTime() - time(a).getTime())
    .slice(0, options.limit);
}
