import type { PipelineOptions } from '../../src/pipeline.js';

/** One pipeline variant the eval runs side by side with the others. */
export interface EvalConfig {
  /** Column name in reports, e.g. `hybrid`. */
  name: string;
  /** What differs from production, in one line. */
  description: string;
  options: PipelineOptions;
  /** Needs a chat model (`CHAT_PROVIDER` ≠ `none`); also turns on the LLM-as-judge metrics. */
  needsChatModel: boolean;
}

/** The production configuration; thresholds and per-case failures are about it. */
export const DEFAULT_CONFIG = 'hybrid';

/** Every configuration, in report column order. */
export const evalConfigs: readonly EvalConfig[] = [
  { name: 'bm25', description: 'BM25 only, glossary on', options: { bm25: true, vectors: false, glossary: true, answerer: 'extractive' }, needsChatModel: false },
  { name: 'bm25-no-glossary', description: 'BM25 only, glossary off', options: { bm25: true, vectors: false, glossary: false, answerer: 'extractive' }, needsChatModel: false },
  { name: 'vectors', description: 'vectors only, glossary on', options: { bm25: false, vectors: true, glossary: true, answerer: 'extractive' }, needsChatModel: false },
  { name: 'hybrid-no-glossary', description: 'BM25 + vectors, glossary off', options: { bm25: true, vectors: true, glossary: false, answerer: 'extractive' }, needsChatModel: false },
  { name: 'hybrid-no-rerank', description: 'BM25 + vectors + glossary, sections in message order (no section reranker)', options: { bm25: true, vectors: true, glossary: true, answerer: 'extractive', reranker: false }, needsChatModel: false },
  { name: 'hybrid-no-exemplars', description: 'BM25 + vectors + glossary, abstention model without the exemplar vote (knowledge/exemplars.yaml)', options: { bm25: true, vectors: true, glossary: true, answerer: 'extractive', exemplars: false }, needsChatModel: false },
  { name: 'hybrid-rules', description: 'BM25 + vectors + glossary, clause rules alone (no abstention model)', options: { bm25: true, vectors: true, glossary: true, answerer: 'extractive', abstentionModel: false }, needsChatModel: false },
  { name: DEFAULT_CONFIG, description: 'BM25 + vectors + glossary, extractive (production default)', options: { bm25: true, vectors: true, glossary: true, answerer: 'extractive' }, needsChatModel: false },
  { name: 'hybrid+llm', description: 'hybrid retrieval, chat-model answers', options: { bm25: true, vectors: true, glossary: true, answerer: 'llm' }, needsChatModel: true },
];

/**
 * Picks the configurations to run.
 *
 * @param names - names from `--configs`, or `undefined` for all.
 * @param chatModelConfigured - `config.chat.provider !== 'none'`.
 * @returns the chosen configs in report order. With `names` undefined, the
 *   chat-model configs are left out when no chat model is configured.
 * @throws {Error} for an unknown name, or a chat-model config named without a chat model.
 */
export function selectConfigs(names: readonly string[] | undefined, chatModelConfigured: boolean): EvalConfig[] {
  if (names === undefined) return evalConfigs.filter((config) => chatModelConfigured || !config.needsChatModel);
  const known = new Set(evalConfigs.map((config) => config.name));
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) throw new Error(`unknown config ${unknown.join(', ')}; known: ${[...known].join(', ')}`);
  const chosen = evalConfigs.filter((config) => names.includes(config.name));
  const impossible = chosen.filter((config) => config.needsChatModel && !chatModelConfigured);
  if (impossible.length > 0) throw new Error(`${impossible.map((config) => config.name).join(', ')} needs a chat model: set CHAT_PROVIDER=openai (see README § Configuration)`);
  return chosen;
}
