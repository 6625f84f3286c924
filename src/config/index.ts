import path from 'node:path';

import { AppError } from '../errors.js';
import type { ApiKeyEntry } from './assist-api-keys.js';
import { toOperationsConfig, type OperationsConfig } from './operations.js';
import { environmentSchema } from './schema.js';
import { describeIssues } from './yaml-file.js';

/** Which embeddings the index is built with. */
export type EmbeddingsConfig =
  | { provider: 'local'; cacheDir: string }
  | { provider: 'openai'; model: string; apiKey: string; baseURL?: string };

/** Which chat model (if any) writes answers. */
export type ChatConfig =
  | { provider: 'none' }
  | { provider: 'openai'; model: string; apiKey: string; baseURL?: string; timeoutMs: number };

/** Validated service configuration. Built once at start-up by {@link loadConfig}. */
export interface Config {
  port: number;
  host: string;
  /** Absolute path of the knowledge directory. */
  knowledgeDir: string;
  /** Absolute path of the index directory. */
  indexDir: string;
  /** Absolute path of the glossary YAML. */
  glossaryPath: string;
  /** Labelled example messages for out-of-scope detection (`knowledge/exemplars.yaml`); a missing file means no exemplar evidence. */
  exemplarsPath: string;
  /** `EXEMPLARS_PATH` was set: the file must exist (a mistyped path must not silently turn the exemplar vote off). */
  exemplarsRequired: boolean;
  embeddings: EmbeddingsConfig;
  /** Absolute path of the word-vector cache directory (always used: local embeddings and word rarity). */
  embeddingsCacheDir: string;
  chat: ChatConfig;
  retrieval: { k: number; rrfK: number; bm25Weight: number; vectorWeight: number; answerability: { problem: number; question: number; evidence: number } };
  /** Answer cache (`answer/answer-cache.ts`): most answers kept, 0 = off. */
  answerCache: { maxEntries: number };
  handoffUrl: string;
  maxBodyBytes: number;
  /** Origins whose pages may call the API from a browser (CORS), e.g. `https://support.planasonix.com`; empty: same origin only. */
  allowedOrigins: string[];
  /** Absolute path of the SQLite file for answers and feedback. */
  feedbackDbPath: string;
  /** Slack slash command: signing secret (unset: the route answers 503) and the human support channel. */
  slack: { signingSecret?: string; handoffChannel?: string };
  /** Agent assist: staff API keys (hashes only) and the support team's follow-up questions file (absolute path). */
  assist: { apiKeys: ApiKeyEntry[]; questionsPath: string };
  /** Rate limits, timeouts, logs, index reload and shutdown (README § Operations). */
  operations: OperationsConfig;
}

/**
 * Reads and validates the environment. The only code that reads `process.env`.
 *
 * @param environment - variables to read (default `process.env`); blank values count as unset.
 * @throws {AppError} `config_invalid` naming every bad or missing variable,
 *   e.g. `OPENAI_API_KEY is required when CHAT_PROVIDER=openai`, or both retrieval weights set to 0.
 */
export function loadConfig(environment: Record<string, string | undefined> = process.env): Config {
  // A variable set to nothing (`PORT=`, common in env files and compose files) counts as unset, so its
  // default applies, rather than being coerced to 0 (which would mean "off" or a random port).
  const given = Object.fromEntries(Object.entries(environment).filter(([, value]) => value === undefined || value.trim() !== ''));
  const parsed = environmentSchema.safeParse(given);
  if (!parsed.success) {
    throw new AppError('config_invalid', `Invalid configuration: ${describeIssues(parsed.error)}`);
  }
  const env = parsed.data;
  if (env.BM25_WEIGHT === 0 && env.VECTOR_WEIGHT === 0) {
    throw new AppError('config_invalid', 'BM25_WEIGHT and VECTOR_WEIGHT are both 0, so retrieval would rank every section equally: set at least one above 0 (defaults 1 and 0.5).');
  }
  const needsKey = (feature: string): string => {
    if (env.OPENAI_API_KEY) return env.OPENAI_API_KEY;
    // Local OpenAI-compatible servers (Ollama, vLLM) accept any key.
    if (env.OPENAI_BASE_URL) return 'not-needed';
    throw new AppError(
      'config_invalid',
      `OPENAI_API_KEY is required when ${feature}=openai (or set OPENAI_BASE_URL for a local OpenAI-compatible server).`,
    );
  };
  const knowledgeDir = path.resolve(env.KNOWLEDGE_DIR);
  return {
    port: env.PORT,
    host: env.HOST,
    knowledgeDir,
    indexDir: path.resolve(env.INDEX_DIR),
    glossaryPath: path.resolve(env.GLOSSARY_PATH ?? path.join(knowledgeDir, 'glossary.yaml')),
    exemplarsPath: path.resolve(env.EXEMPLARS_PATH ?? path.join(knowledgeDir, 'exemplars.yaml')),
    exemplarsRequired: env.EXEMPLARS_PATH !== undefined,
    embeddingsCacheDir: path.resolve(env.EMBEDDINGS_CACHE_DIR),
    embeddings:
      env.EMBEDDINGS_PROVIDER === 'local'
        ? { provider: 'local', cacheDir: path.resolve(env.EMBEDDINGS_CACHE_DIR) }
        : { provider: 'openai', model: env.EMBEDDINGS_MODEL, apiKey: needsKey('EMBEDDINGS_PROVIDER'), baseURL: env.OPENAI_BASE_URL },
    chat:
      env.CHAT_PROVIDER === 'none'
        ? { provider: 'none' }
        : {
            provider: 'openai',
            model: env.CHAT_MODEL,
            apiKey: needsKey('CHAT_PROVIDER'),
            baseURL: env.OPENAI_BASE_URL,
            timeoutMs: env.CHAT_TIMEOUT_MS,
          },
    retrieval: { k: env.RETRIEVAL_K, rrfK: env.RRF_K, bm25Weight: env.BM25_WEIGHT, vectorWeight: env.VECTOR_WEIGHT, answerability: { problem: env.ANSWERABILITY_PROBLEM_COVERAGE, question: env.ANSWERABILITY_QUESTION_COVERAGE, evidence: env.ANSWERABILITY_EVIDENCE } },
    answerCache: { maxEntries: env.ANSWER_CACHE_SIZE },
    handoffUrl: env.HANDOFF_URL,
    maxBodyBytes: env.MAX_BODY_BYTES,
    allowedOrigins: env.ALLOWED_ORIGINS,
    feedbackDbPath: path.resolve(env.FEEDBACK_DB_PATH),
    slack: { signingSecret: env.SLACK_SIGNING_SECRET, handoffChannel: env.SLACK_HANDOFF_CHANNEL },
    assist: { apiKeys: env.ASSIST_API_KEYS, questionsPath: path.join(knowledgeDir, 'assist-questions.yaml') },
    operations: toOperationsConfig(env, env.CHAT_PROVIDER === 'none' ? undefined : env.CHAT_TIMEOUT_MS),
  };
}

