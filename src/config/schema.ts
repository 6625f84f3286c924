import { z } from 'zod';

import { assistApiKeysSchema } from './assist-api-keys.js';
import { decimalNumber, wholeNumber } from './numbers.js';
import { operationsEnvironmentShape } from './operations.js';

const port = wholeNumber({ max: 65535 });
const positiveInt = wholeNumber({ min: 1 });
const nonNegative = decimalNumber();
const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

/** True for an http(s) origin exactly as browsers send it in `Origin` (RFC 6454 §6.1), e.g. `https://support.planasonix.com`. */
function isWebOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

/** True for an absolute `http:` or `https:` URL with a host (WHATWG URL parsing). */
function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Environment variables the service reads, with defaults. Every variable is
 * optional: with none set the bot runs offline (local embeddings, extractive
 * answers). See README § Configuration for the table.
 */
export const environmentSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().default('127.0.0.1'),
  KNOWLEDGE_DIR: z.string().default('knowledge'),
  INDEX_DIR: z.string().default('data/index'),
  /** Glossary file; relative paths resolve against the working directory. Default: `<KNOWLEDGE_DIR>/glossary.yaml`. */
  GLOSSARY_PATH: optionalString,
  /** Exemplar file (labelled example messages); relative paths resolve against the working directory. Default: `<KNOWLEDGE_DIR>/exemplars.yaml`. */
  EXEMPLARS_PATH: optionalString,
  EMBEDDINGS_CACHE_DIR: z.string().default('.cache'),
  EMBEDDINGS_PROVIDER: z.enum(['local', 'openai']).default('local'),
  EMBEDDINGS_MODEL: z.string().default('text-embedding-3-small'),
  CHAT_PROVIDER: z.enum(['none', 'openai']).default('none'),
  CHAT_MODEL: z.string().default('gpt-4o-mini'),
  /** Chat model timeout (ms); on timeout the extractive answer is returned with `degraded: true`. */
  CHAT_TIMEOUT_MS: positiveInt.default(15_000),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString.pipe(z.url().optional()),
  /** Chunks returned by retrieval. */
  RETRIEVAL_K: wholeNumber({ min: 1, max: 50 }).default(5),
  /** RRF constant k (Cormack et al. 2009 use 60). */
  RRF_K: positiveInt.default(60),
  BM25_WEIGHT: nonNegative.default(1),
  VECTOR_WEIGHT: nonNegative.default(0.5),
  /** Smallest share (0–1) of a failure report's rarity-weighted words a section must cover to answer it; below it the bot abstains. */
  ANSWERABILITY_PROBLEM_COVERAGE: decimalNumber({ max: 1 }).default(0.3),
  /** The same bar for questions that report no failure (how-to, policy): higher, since those often share words with the guide without being answered by it. */
  ANSWERABILITY_QUESTION_COVERAGE: decimalNumber({ max: 1 }).default(0.8),
  /** Covered weight (Σ rarity² of the question's words a section covers) that answers a failure report despite a long narrative. */
  ANSWERABILITY_EVIDENCE: decimalNumber().default(1.0),
  /** Answers kept in memory per loaded index (least recently used dropped first; emptied when the index reloads); 0 turns the cache off. */
  ANSWER_CACHE_SIZE: wholeNumber({ max: 100_000 }).default(1_000),
  /** URL offered when the bot abstains (a link in the widget and in Slack): http(s) only, so no `javascript:` or `data:` link is ever offered. */
  HANDOFF_URL: z
    .string()
    .trim()
    .default('https://support.planasonix.com/contact')
    .refine(isWebUrl, 'must be an http(s) URL such as https://support.planasonix.com/contact'),
  /** Largest accepted request body (bytes). */
  MAX_BODY_BYTES: positiveInt.default(64 * 1024),
  /** Web origins (comma separated, e.g. `https://support.planasonix.com`) whose pages may call the API from a browser (CORS). Default none: only the bot's own pages. */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((value) => value.split(/[\s,]+/).filter((origin) => origin !== ''))
    .pipe(z.array(z.string().refine(isWebOrigin, 'each entry must be an origin such as https://support.planasonix.com (scheme, host, optional port; no path or trailing slash)'))),
  /** SQLite file where answers and customer feedback are kept (`npm run report -- gaps`). */
  FEEDBACK_DB_PATH: z.string().default('data/feedback.sqlite'),
  /** Slack app signing secret (Basic Information → App Credentials); unset: POST /slack/commands answers 503. */
  SLACK_SIGNING_SECRET: optionalString,
  /** Human support channel named in Slack abstentions and errors: a channel ID (`C0123456789`, shown as a link) or `#name`. */
  SLACK_HANDOFF_CHANNEL: optionalString,
  /** Staff API keys of POST /v1/assist as `<id>:<sha256-hex>:<scope>[,<scope>…]` entries (newline or comma separated); see `assist-api-keys.ts`. */
  ASSIST_API_KEYS: assistApiKeysSchema,
  /** Rate limits, timeouts, logs, index reload, shutdown: see `operations.ts`. */
  ...operationsEnvironmentShape,
});

/** Parsed environment; see {@link environmentSchema}. */
export type Environment = z.infer<typeof environmentSchema>;
