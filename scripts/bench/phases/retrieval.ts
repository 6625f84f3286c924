import { loadConfig } from '../../../src/config/index.js';
import { createPipeline } from '../../../src/pipeline.js';
import { HybridRetriever } from '../../../src/retrieval/hybrid-retriever.js';
import { medianOfRuns, percentiles, type Percentiles } from '../statistics.js';

/** Input of {@link measureRetrieval}. */
export interface RetrievalInput {
  knowledgeDir: string;
  /** A built index of `knowledgeDir`. */
  indexDir: string;
  glossaryPath: string;
  cacheDir: string;
  questions: string[];
  /** Timed passes over the questions (after one warm-up pass); figures are medians over passes. */
  runs: number;
}

/** Per-query latency in ms of each retrieval mode and of the extractive answer; load time and memory. */
export interface RetrievalFigures {
  /** `createPipeline` with the index already built: read index, word vectors, glossary, judge. */
  loadMs: number;
  /** Resident memory after loading, MiB. */
  rssMib: number;
  /** Heap in use after loading, MiB. */
  heapMib: number;
  queries: number;
  bm25: Percentiles;
  vectors: Percentiles;
  hybrid: Percentiles;
  /** The offline answerer (redaction → section choice → extractive answer), which retrieves once per clause plus once for the whole message. */
  answer: Percentiles;
}

/**
 * In-process latency: the production pipeline over a built index, then each
 * question through BM25 only, vectors only and hybrid retrieval (the same
 * retriever with sources switched, see `HybridRetriever.withSources`), and
 * through the extractive answerer.
 *
 * @throws Error when the pipeline's retriever is not a HybridRetriever.
 */
export async function measureRetrieval(input: RetrievalInput): Promise<RetrievalFigures> {
  const started = performance.now();
  const config = loadConfig({ KNOWLEDGE_DIR: input.knowledgeDir, INDEX_DIR: input.indexDir, GLOSSARY_PATH: input.glossaryPath, EMBEDDINGS_CACHE_DIR: input.cacheDir });
  const pipeline = await createPipeline(config, { ensureIndex: false });
  const loadMs = performance.now() - started;
  const memory = process.memoryUsage();
  const hybrid = pipeline.retriever;
  if (!(hybrid instanceof HybridRetriever)) throw new Error('the pipeline retriever is not a HybridRetriever');
  const modes = {
    bm25: hybrid.withSources({ bm25: true, vectors: false }),
    vectors: hybrid.withSources({ bm25: false, vectors: true }),
    hybrid,
  };
  const latency = async (ask: (question: string) => Promise<unknown>): Promise<Percentiles> => {
    for (const question of input.questions) await ask(question);
    const runs: Percentiles[] = [];
    for (let run = 0; run < input.runs; run += 1) {
      const times: number[] = [];
      for (const question of input.questions) {
        const start = performance.now();
        await ask(question);
        times.push(performance.now() - start);
      }
      runs.push(percentiles(times));
    }
    return medianOfRuns(runs);
  };
  return {
    loadMs,
    rssMib: memory.rss / 2 ** 20,
    heapMib: memory.heapUsed / 2 ** 20,
    queries: input.questions.length,
    bm25: await latency((question) => modes.bm25.retrieve(question)),
    vectors: await latency((question) => modes.vectors.retrieve(question)),
    hybrid: await latency((question) => modes.hybrid.retrieve(question)),
    answer: await latency((question) => pipeline.extractive.answer({ question })),
  };
}
