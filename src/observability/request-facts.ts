/**
 * Facts about the HTTP request being served, gathered while it runs and
 * written in its access-log line. Kept in an `AsyncLocalStorage` (Node.js
 * `async_hooks`), so code deep in a request (the answerer) can add to them
 * without HTTP types reaching `answer/`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** What the access log says about a request besides route, status and latency. */
export interface RequestFacts {
  /** The `X-Request-Id` of the request. */
  requestId: string;
  /** The question, already passed through `redactForLog` (absent when LOG_QUESTIONS=false). */
  question?: string;
  abstained?: boolean;
  degraded?: boolean;
  /** Which answerer wrote the answer. */
  answerer?: 'extractive' | 'llm';
  /** AppError code of a failed request. */
  errorCode?: string;
}

const storage = new AsyncLocalStorage<RequestFacts>();

/** Runs `work` with `facts` as the current request's facts (for everything it awaits). */
export function withRequestFacts<T>(facts: RequestFacts, work: () => T): T {
  return storage.run(facts, work);
}

/** The facts of the request being served, or undefined outside a request. */
export function currentRequestFacts(): RequestFacts | undefined {
  return storage.getStore();
}
