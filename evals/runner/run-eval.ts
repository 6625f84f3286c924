import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { AnswerResult, Answerer } from '../../src/answer/types.js';
import type { Chunk } from '../../src/ingest/chunk.js';
import type { EvalCase, SplitName } from '../dataset/schema.js';
import type { EmbedTexts, JudgeModel } from '../metrics/index.js';
import { aggregate, type Figures } from './aggregate.js';
import type { CaseResult } from './case-result.js';
import type { EvalConfig } from './configs.js';
import { judgeCase } from './judge-cases.js';
import { mapWithConcurrency } from './pool.js';
import { scoreCase, type AnswerOutcome } from './score-case.js';

/** The parts of `createPipeline`'s result the eval uses. */
export interface EvalPipeline {
  answerer: Answerer;
  chunks: Chunk[];
  embeddings: Pick<EmbeddingsInterface, 'embedDocuments'>;
}

/** Inputs of {@link runEval}. */
export interface RunEvalOptions {
  configs: readonly EvalConfig[];
  /** Cases per split, in report order. */
  splits: Partial<Record<SplitName, EvalCase[]>>;
  /** Builds one configuration's pipeline (called once per configuration). */
  buildPipeline: (config: EvalConfig) => Promise<EvalPipeline>;
  handoffUrl: string;
  /** LLM judge for chat-model configurations; without it they get no judge metrics. */
  judge?: JudgeModel;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

/** One configuration on one split. */
export interface SplitRun {
  figures: Figures;
  cases: CaseResult[];
}

/** One configuration on every split. */
export interface ConfigRun {
  name: string;
  description: string;
  /** Time to build the pipeline, ms. */
  buildMs: number;
  splits: Partial<Record<SplitName, SplitRun>>;
}

/** A whole eval run; written to `evals/reports/latest.json`. */
export interface EvalReport {
  startedAt: string;
  /** Wall time of the whole run, ms. */
  totalMs: number;
  splits: SplitName[];
  configs: ConfigRun[];
}

/**
 * Runs every case of every split through every configuration. Each
 * pipeline is built once. Offline configurations answer one case at a time
 * (so latencies are not inflated by contention); chat-model configurations
 * answer and judge 4 cases at a time.
 *
 * @throws what `buildPipeline` throws (e.g. an index or config error); an
 *   error thrown by `answer()` is recorded on the case instead.
 */
export async function runEval(options: RunEvalOptions): Promise<EvalReport> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const log = options.log ?? (() => {});
  const splitNames = Object.keys(options.splits) as SplitName[];
  const vectorCache = new Map<string, number[]>();
  const configs: ConfigRun[] = [];
  for (const config of options.configs) {
    const buildStart = performance.now();
    const pipeline = await options.buildPipeline(config);
    const buildMs = performance.now() - buildStart;
    const embed = cachedEmbed(pipeline.embeddings, vectorCache);
    const judge = config.needsChatModel ? options.judge : undefined;
    const concurrency = config.needsChatModel ? 4 : 1;
    const splits: ConfigRun['splits'] = {};
    for (const split of splitNames) {
      const splitStart = performance.now();
      const cases = await mapWithConcurrency(options.splits[split] ?? [], concurrency, async (testCase) => {
        const outcome = await answerTimed(pipeline.answerer, testCase);
        const scored = await scoreCase(testCase, outcome, { chunks: pipeline.chunks, handoffUrl: options.handoffUrl, embed });
        if (judge) await judgeCase(judge, scored, outcome.result, pipeline.chunks);
        return scored;
      });
      splits[split] = { figures: aggregate(cases, performance.now() - splitStart), cases };
      log(`${config.name} / ${split}: ${cases.length} cases in ${Math.round(performance.now() - splitStart)} ms`);
    }
    configs.push({ name: config.name, description: config.description, buildMs, splits });
  }
  return { startedAt, totalMs: performance.now() - started, splits: splitNames, configs };
}

async function answerTimed(answerer: Answerer, testCase: EvalCase): Promise<AnswerOutcome> {
  const start = performance.now();
  try {
    const result: AnswerResult = await answerer.answer({ question: testCase.question, ...(testCase.history ? { history: testCase.history } : {}) });
    return { result, latencyMs: performance.now() - start };
  } catch (error) {
    return { error, latencyMs: performance.now() - start };
  }
}

/** `embedDocuments` with a per-run cache by text (every configuration embeds with the same model). */
function cachedEmbed(embeddings: EvalPipeline['embeddings'], cache: Map<string, number[]>): EmbedTexts {
  return async (texts) => {
    const missing = [...new Set(texts.filter((text) => !cache.has(text)))];
    if (missing.length > 0) {
      const vectors = await embeddings.embedDocuments(missing);
      missing.forEach((text, index) => cache.set(text, vectors[index]!));
    }
    return texts.map((text) => cache.get(text)!);
  };
}
