import type { ScoredChunk } from '../retrieval/types.js';

/** One turn of an earlier conversation. */
export interface HistoryTurn {
  role: 'user' | 'assistant';
  content: string;
}

/** Input to {@link Answerer.answer}. */
export interface AnswerRequest {
  /** The customer's question, 1–4,000 characters. */
  question: string;
  /** Earlier turns, oldest first, at most 20. */
  history?: HistoryTurn[];
}

/** A citation: `[n]` in the answer refers to the citation with this `n`. */
export interface Citation {
  /** 1-based number used in the answer text as `[n]`. */
  n: number;
  /** Chunk id, e.g. `login-failures/mfa-recovery`. */
  id: string;
  /** Page title, e.g. `Login failures`. */
  title: string;
  /** Heading path, e.g. `Login failures › MFA recovery`. */
  section: string;
  /** Knowledge file, e.g. `login-failures.md`. */
  source: string;
  /** Heading anchor slug, e.g. `mfa-recovery`. */
  anchor: string;
  /** Page URL + `#anchor`, when the page has a URL. */
  url?: string;
  /** First characters of the section text (at most 240 characters). */
  snippet: string;
  /** Retrieval score of the chunk (fused, higher is better). */
  score: number;
}

/** The answer to one question. Field names are a public contract (HTTP, Slack, assist). */
export interface AnswerResult {
  /** Markdown answer with inline `[n]` citations and a Sources list. */
  answer: string;
  citations: Citation[];
  /** True when the guide does not cover the question; `answer` then says so and offers a hand-off. */
  abstained: boolean;
  /** True when a configured chat model failed and the extractive answer was returned instead. */
  degraded: boolean;
  /** Which answerer produced `answer`: `extractive` or `llm`. */
  answerer: 'extractive' | 'llm';
  /** The cited chunks (in citation order), then the other retrieved chunks by rank (for the chat model, evals and logs; not sent over HTTP). */
  retrieved: ScoredChunk[];
}

/** Question (+ history) → cited answer. No HTTP types here. */
export interface Answerer {
  answer(request: AnswerRequest): Promise<AnswerResult>;
}
