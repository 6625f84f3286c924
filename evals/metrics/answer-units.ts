/**
 * Splitting an answer into claims (bullets and sentences). It lives in
 * `src/answer/groundedness/answer-units.ts`, shared with the chat answerer's
 * grounding check; the metrics use its default reading (headings, Sources
 * list and hand-off line are not claims).
 */
export { answerUnits, type AnswerUnit, type AnswerUnitOptions } from '../../src/answer/groundedness/index.js';
