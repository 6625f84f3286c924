/**
 * The groundedness measure the metrics score claims with. It lives in
 * `src/answer/groundedness/`, the single implementation, so the chat answerer
 * enforces exactly what the eval measures (see `groundedness` there for the
 * definition and sources).
 */
export { GROUNDEDNESS_THRESHOLD, groundedness } from '../../src/answer/groundedness/index.js';
