/**
 * A bounded cache of complete answers in front of an answerer: the same
 * question in the same conversation gets the answer already given, without
 * retrieval or answering again. A least-recently-used map (`lru-cache`) of at
 * most `maxEntries` answers.
 *
 * It keys on the request exactly as its answerer receives it, so placed behind
 * `withRedaction` (as `createPipeline` does) neither a key nor a stored answer
 * is ever built from unredacted text. Everything else an answer depends on
 * (index, glossary, configuration, chat model) is fixed for the life of a
 * pipeline, and a pipeline gets a new, empty cache whenever the index reloads.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

import type { AnswerRequest, AnswerResult, Answerer } from './types.js';

/** Options of {@link withAnswerCache}. */
export interface AnswerCacheOptions {
  /** Most answers kept (`ANSWER_CACHE_SIZE`); 0 turns the cache off. */
  maxEntries: number;
}

/** An {@link Answerer} with an answer cache. */
export interface CachingAnswerer extends Answerer {
  /** Answers held now (0 … `maxEntries`). */
  readonly size: number;
  /** Drops every held answer. */
  clear(): void;
}

/** Longest key kept as it is, in characters; longer ones are hashed. */
const longestPlainKey = 512;

/**
 * The cache key of a request: the JSON array `[question, [role, content], …]`,
 * so any change to the question or to any history turn (text, role, order,
 * count) gives another key. Past 512 characters, its SHA-256 (`sha256:` and 43
 * base64url characters) instead, so a key stays short however long the
 * conversation (up to 164,000 characters); the two forms cannot meet, since
 * JSON text starts with `[`.
 */
export function answerCacheKey(request: AnswerRequest): string {
  const parts: unknown[] = [request.question];
  for (const turn of request.history ?? []) parts.push([turn.role, turn.content]);
  const text = JSON.stringify(parts);
  return text.length <= longestPlainKey ? text : `sha256:${createHash('sha256').update(text).digest('base64url')}`;
}

/**
 * Wraps `inner` with a cache of at most `options.maxEntries` answers. A hit
 * returns the stored answer object; a miss asks `inner` and keeps its answer
 * unless it is `degraded` (the chat model failed: the next request tries the
 * model again). Errors of `inner` pass through and are not cached. Every
 * later hit shares the stored object, so it is frozen, and callers must not
 * change its `citations` or `retrieved` arrays either (none does: they copy).
 *
 * @param options.maxEntries - 0: every request goes to `inner` and nothing is held.
 */
export function withAnswerCache(inner: Answerer, options: AnswerCacheOptions): CachingAnswerer {
  if (options.maxEntries === 0) return { answer: (request) => inner.answer(request), size: 0, clear: () => {} };
  const cache = new LRUCache<string, AnswerResult>({ max: options.maxEntries });
  return {
    async answer(request) {
      const key = answerCacheKey(request);
      const held = cache.get(key);
      if (held) return held;
      const result = await inner.answer(request);
      if (result.degraded) return result;
      cache.set(key, Object.freeze(result));
      return result;
    },
    get size() {
      return cache.size;
    },
    clear: () => cache.clear(),
  };
}
