import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Config } from './config/index.js';
import type { Chunk } from './ingest/chunk.js';
import { withAnswerCache, type CachingAnswerer } from './answer/answer-cache.js';
import { defaultAbstentionModel } from './answer/abstention/default-model.js';
import { defaultSectionReranker } from './answer/rerank/default-reranker.js';
import { AnswerabilityJudge } from './answer/answerability.js';
import { problemWords } from './answer/problem-report.js';
import { ExtractiveAnswerer, type Examination } from './answer/extractive/extractive-answerer.js';
import { createLlmAnswerer, type LlmAnswererOptions } from './answer/llm/index.js';
import { redactRequest, withRedaction } from './answer/redacting-answerer.js';
import type { AnswerRequest, Answerer } from './answer/types.js';
import { createEmbeddings } from './models/embeddings.js';
import { loadChatModel } from './models/load-chat-model.js';
import { LocalEmbeddings, loadWordVectors, wordRarity } from './models/local-embeddings/index.js';
import { loadExemplarBank } from './answer/exemplars/exemplar-bank.js';
import { ExemplarIndex } from './answer/exemplars/exemplar-index.js';
import { emptyGlossary, loadGlossary, type Glossary } from './retrieval/glossary/glossary.js';
import { domainVocabulary } from './retrieval/domain-vocabulary.js';
import { HybridRetriever } from './retrieval/hybrid-retriever.js';
import { SpellingCorrector } from './retrieval/spelling.js';
import type { Retriever } from './retrieval/types.js';
import { loadIndex, type LoadedIndex } from './vector-index/index-files.js';
import type { EmbeddingsDescriptor } from './vector-index/manifest.js';
import { ensureIndex } from './ingest/ensure-index.js';

/** Variants of the pipeline, for the eval suite's side-by-side comparison. Defaults: the production pipeline. */
export interface PipelineOptions {
  /** Use BM25 (default true). */
  bm25?: boolean;
  /** Use HNSW vector search (default true). */
  vectors?: boolean;
  /** Use the glossary for query expansion and coverage (default true). */
  glossary?: boolean;
  /** `llm` needs a configured chat model; default: `llm` when one is configured, else `extractive`. */
  answerer?: 'extractive' | 'llm';
  /** Build the index when it is missing or stale (default true). */
  ensureIndex?: boolean;
  /** Let the fitted abstention model (`src/answer/abstention/`) overrule the clause rules (default true; false to fit it or to compare). */
  abstentionModel?: boolean;
  /** Order sections with the fitted section reranker (`src/answer/rerank/`) (default true; false to compare). */
  reranker?: boolean;
  /** Give the abstention model the vote of the labelled example messages (`knowledge/exemplars.yaml`) (default true; false to compare). */
  exemplars?: boolean;
  /** Told about each chat model failure that fell back to the extractive answer (default: a console warning). */
  onModelError?: LlmAnswererOptions['onModelError'];
}

/** Everything a channel or the eval suite needs to answer questions. */
export interface Pipeline {
  retriever: Retriever;
  /** The answerer channels call: redacts secrets, then answers from {@link Pipeline.answerCache} or (chat model if configured, else extractive). */
  answerer: Answerer;
  /** The cache of answers behind `answerer` (`ANSWER_CACHE_SIZE`; redacted requests only); each pipeline, so each index load, starts with an empty one. */
  answerCache: CachingAnswerer;
  /** The offline answerer alone (redacting too); the fallback of the chat-model path. */
  extractive: Answerer;
  /** The offline answerer's evidence for a request (redacted first), without an answer: for fitting the abstention model. */
  examine(request: AnswerRequest): Promise<Examination>;
  chunks: Chunk[];
  embeddings: EmbeddingsInterface;
  descriptor: EmbeddingsDescriptor;
  index: LoadedIndex;
  glossary: Glossary;
  /** The answerability judge the extractive answerer uses (agent assist reuses it to triage tickets). */
  judge: AnswerabilityJudge;
}

/**
 * Composes config → embeddings → index (built if missing or stale) →
 * retriever → answerability judge → answerers.
 *
 * @throws {AppError} `index_missing` / `index_corrupt` / `index_mismatch` (index problems, with the fix),
 *   `config_invalid` (glossary), `model_unavailable` (OpenAI embeddings probe failed).
 */
export async function createPipeline(config: Config, options: PipelineOptions = {}): Promise<Pipeline> {
  const { embeddings, descriptor } = await createEmbeddings(config.embeddings);
  if (options.ensureIndex ?? true) await ensureIndex({ knowledgeDir: config.knowledgeDir, indexDir: config.indexDir, embeddings, descriptor });
  const index = loadIndex(config.indexDir, embeddings, descriptor);
  const glossary = (options.glossary ?? true) ? loadGlossary(config.glossaryPath) : emptyGlossary;
  const wordVectors = loadWordVectors(config.embeddingsCacheDir);
  const domainWords = domainVocabulary(index.chunks, glossary);
  const speller = new SpellingCorrector([...domainWords, ...problemWords], (word) => wordVectors.rank(word) !== undefined);
  const retriever = new HybridRetriever({
    index,
    embeddings,
    glossary,
    speller,
    use: { bm25: options.bm25 ?? true, vectors: options.vectors ?? true },
    fusion: config.retrieval,
    defaultK: config.retrieval.k,
  });
  const judge = new AnswerabilityJudge(glossary, (word) => wordRarity(wordVectors, word) ** 2, config.retrieval.answerability, index.chunks);
  const exemplarBank = (options.exemplars ?? true) ? loadExemplarBank(config.exemplarsPath, index.chunks, { required: config.exemplarsRequired }) : undefined;
  // The abstention model was fitted on local GloVe SIF similarities, so the exemplars use them whatever retrieval embeds with.
  const localEmbeddings = embeddings instanceof LocalEmbeddings ? embeddings : new LocalEmbeddings({ wordVectors });
  const exemplars = exemplarBank ? { index: await ExemplarIndex.build(exemplarBank, localEmbeddings), embeddings: localEmbeddings } : undefined;
  const extractive = new ExtractiveAnswerer({ retriever, judge, speller, chunks: index.chunks, k: config.retrieval.k, handoffUrl: config.handoffUrl, abstentionModel: (options.abstentionModel ?? true) ? defaultAbstentionModel() : undefined, reranker: (options.reranker ?? true) ? defaultSectionReranker() : undefined, exemplars });
  const model = await loadChatModel(config.chat);
  const useModel = model !== undefined && (options.answerer ?? 'llm') === 'llm';
  const chosen: Answerer = useModel && model && config.chat.provider !== 'none' ? createLlmAnswerer({ model, extractive, timeoutMs: config.chat.timeoutMs, onModelError: options.onModelError }) : extractive;
  const answerCache = withAnswerCache(chosen, config.answerCache);
  return { retriever, answerer: withRedaction(answerCache), answerCache, extractive: withRedaction(extractive), examine: (request) => extractive.examine(redactRequest(request).redacted), chunks: index.chunks, embeddings, descriptor, index, glossary, judge };
}
