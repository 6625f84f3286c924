export { createLlmAnswerer } from './llm-answerer.js';
export { streamLlmAnswer } from './stream-llm-answer.js';
export type { LlmAnswererOptions } from './options.js';
