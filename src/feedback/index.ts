export type { AnswerRecord, FeedbackRecord, FeedbackStore, ListOptions, RatedAnswer } from './feedback-store.js';
export { formatGapReport } from './format-gap-report.js';
export { buildGapReport, type GapReport, type GapReportOptions } from './gap-report.js';
export { newAnswerId, storeAnswer, withAnswerIds, type IdentifiedAnswer, type IdentifiedAnswerer } from './identified-answerer.js';
export { createMemoryFeedbackStore } from './memory-feedback-store.js';
export { createSqliteFeedbackStore, type SqliteFeedbackStoreOptions } from './sqlite-feedback-store.js';
export { submitFeedback, type FeedbackSubmission } from './submit-feedback.js';
