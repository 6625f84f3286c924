export { answerUnits, type AnswerUnit, type AnswerUnitOptions } from './answer-units.js';
export { checkGrounding, handoffWording, maxLeadInWords, type ClaimCheck, type ClaimVerdict, type GroundingCheck } from './check-grounding.js';
export { bigrams, citationNumbers, claimStopWords, contentStems, normalizedWords } from './claim-terms.js';
export { GROUNDEDNESS_THRESHOLD, groundedness } from './groundedness.js';
