/**
 * Text helpers of the metrics: citation numbers, normalized words, content
 * stems and bigrams. They live in `src/answer/groundedness/claim-terms.ts`
 * (shared with the chat answerer's grounding check); `metricStopWords` is
 * that module's `claimStopWords`.
 */
export { bigrams, citationNumbers, claimStopWords as metricStopWords, contentStems, normalizedWords } from '../../src/answer/groundedness/index.js';
