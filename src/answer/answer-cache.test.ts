import { beforeAll, describe, expect, it } from 'vitest';

import { createPipeline, type Pipeline } from '../pipeline.js';
import type { Config } from '../config/index.js';
import { createIndexReloader } from '../index-reload/index-reloader.js';
import { silentLogger } from '../observability/logger.js';
import { createTestPipeline } from '../testing/test-pipeline.js';
import { answerCacheKey, withAnswerCache } from './answer-cache.js';
import { secretNotice } from './redacting-answerer.js';
import type { AnswerRequest, AnswerResult, Answerer } from './types.js';

/** An answerer that numbers its answers and records every request it gets. */
function countingAnswerer(options: { degraded?: boolean } = {}): Answerer & { requests: AnswerRequest[] } {
  const requests: AnswerRequest[] = [];
  return {
    requests,
    async answer(request) {
      requests.push(request);
      const result: AnswerResult = { answer: `answer ${requests.length} to ${request.question}`, citations: [], abstained: false, degraded: options.degraded ?? false, answerer: 'extractive', retrieved: [] };
      return result;
    },
  };
}

describe('withAnswerCache', () => {
  it('answers a repeated question from the cache with the same answer object', async () => {
    const inner = countingAnswerer();
    const cached = withAnswerCache(inner, { maxEntries: 10 });
    const first = await cached.answer({ question: 'I lost my phone' });
    const second = await cached.answer({ question: 'I lost my phone' });
    expect(second).toBe(first);
    expect(first.answer).toBe('answer 1 to I lost my phone');
    expect(inner.requests).toHaveLength(1);
    expect(cached.size).toBe(1);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('misses on another question, however close', async () => {
    const inner = countingAnswerer();
    const cached = withAnswerCache(inner, { maxEntries: 10 });
    await cached.answer({ question: 'I lost my phone' });
    expect((await cached.answer({ question: 'I lost my phone.' })).answer).toBe('answer 2 to I lost my phone.');
    expect((await cached.answer({ question: 'i lost my phone' })).answer).toBe('answer 3 to i lost my phone');
    expect(cached.size).toBe(3);
  });

  it('keys on the conversation: another history, role or turn order is another answer', async () => {
    const inner = countingAnswerer();
    const cached = withAnswerCache(inner, { maxEntries: 10 });
    const question = 'and now?';
    const history = [
      { role: 'user', content: 'SSO fails' },
      { role: 'assistant', content: 'Check the certificate.' },
    ] as const;
    await cached.answer({ question });
    await cached.answer({ question, history: [...history] });
    await cached.answer({ question, history: [{ ...history[0], role: 'assistant' }, history[1]] });
    await cached.answer({ question, history: [history[1], history[0]] });
    await cached.answer({ question, history: [history[0]] });
    expect(inner.requests).toHaveLength(5);
    await cached.answer({ question, history: [{ role: 'user', content: 'SSO fails' }, { role: 'assistant', content: 'Check the certificate.' }] });
    expect(inner.requests).toHaveLength(5);
    expect(answerCacheKey({ question, history: [] })).toBe(answerCacheKey({ question }));
    expect(answerCacheKey({ question: 'a', history: [{ role: 'user', content: 'b' }] })).not.toBe(answerCacheKey({ question: 'a","b' }));
    expect(answerCacheKey({ question: 'x'.repeat(4000) })).toMatch(/^sha256:[\w-]{43}$/);
    expect(answerCacheKey({ question: 'x'.repeat(4000) })).not.toBe(answerCacheKey({ question: `${'x'.repeat(3999)}y` }));
  });

  it('holds at most maxEntries answers, dropping the least recently used', async () => {
    const inner = countingAnswerer();
    const cached = withAnswerCache(inner, { maxEntries: 2 });
    await cached.answer({ question: 'one' });
    await cached.answer({ question: 'two' });
    await cached.answer({ question: 'one' });
    await cached.answer({ question: 'three' });
    expect(cached.size).toBe(2);
    expect(inner.requests.map((request) => request.question)).toEqual(['one', 'two', 'three']);
    await cached.answer({ question: 'one' });
    await cached.answer({ question: 'two' });
    expect(inner.requests.map((request) => request.question)).toEqual(['one', 'two', 'three', 'two']);
    expect(cached.size).toBe(2);
  });

  it('is off at maxEntries 0: every request is answered anew and nothing is held', async () => {
    const inner = countingAnswerer();
    const cached = withAnswerCache(inner, { maxEntries: 0 });
    await cached.answer({ question: 'one' });
    const again = await cached.answer({ question: 'one' });
    expect(again.answer).toBe('answer 2 to one');
    expect(cached.size).toBe(0);
  });

  it('does not keep degraded answers or errors', async () => {
    const degraded = countingAnswerer({ degraded: true });
    const cached = withAnswerCache(degraded, { maxEntries: 10 });
    await cached.answer({ question: 'one' });
    expect((await cached.answer({ question: 'one' })).answer).toBe('answer 2 to one');
    expect(cached.size).toBe(0);

    let calls = 0;
    const flaky = withAnswerCache(
      {
        async answer() {
          calls += 1;
          if (calls === 1) throw new Error('index read failed');
          return { answer: 'fine', citations: [], abstained: false, degraded: false, answerer: 'extractive', retrieved: [] };
        },
      },
      { maxEntries: 10 },
    );
    await expect(flaky.answer({ question: 'one' })).rejects.toThrow('index read failed');
    expect((await flaky.answer({ question: 'one' })).answer).toBe('fine');
    expect(calls).toBe(2);
  });

  it('clear() drops every answer', async () => {
    const inner = countingAnswerer();
    const cached = withAnswerCache(inner, { maxEntries: 10 });
    await cached.answer({ question: 'one' });
    cached.clear();
    expect(cached.size).toBe(0);
    await cached.answer({ question: 'one' });
    expect(inner.requests).toHaveLength(2);
  });
});

describe('the answer cache in the pipeline', { timeout: 30_000 }, () => {
  let pipeline: Pipeline;
  let config: Config;
  beforeAll(async () => {
    ({ pipeline, config } = await createTestPipeline());
  });

  it('sits behind redaction: questions differing only in a secret share one entry, which holds no secret', async () => {
    const before = pipeline.answerCache.size;
    const first = await pipeline.answerer.answer({ question: 'my password is Hunter2!x and login says invalid credentials' });
    const second = await pipeline.answerer.answer({ question: 'my password is Qwerty9!z and login says invalid credentials' });
    expect(pipeline.answerCache.size).toBe(before + 1);
    for (const result of [first, second]) {
      expect(result.answer.startsWith(secretNotice)).toBe(true);
      expect(JSON.stringify(result)).not.toMatch(/Hunter2|Qwerty9/);
    }
    expect(second.citations).toBe(first.citations);
  });

  it('gives the same answer as the uncached pipeline', async () => {
    const uncached = await createPipeline({ ...config, answerCache: { maxEntries: 0 } }, { ensureIndex: false });
    for (const question of ['I lost my authenticator phone', 'my invite link expired', 'What is the capital of France?']) {
      const { retrieved: _cachedRetrieved, ...cached } = await pipeline.answerer.answer({ question });
      const { retrieved: _retrieved, ...fresh } = await uncached.answerer.answer({ question });
      expect(cached).toEqual(fresh);
    }
    expect(uncached.answerCache.size).toBe(0);
  });

  it('starts empty after an index reload; the old pipeline keeps its answers for requests still on it', async () => {
    const question = 'SAML response is invalid after I rotated the certificate';
    const old = pipeline;
    const before = await old.answerer.answer({ question });
    expect(old.answerCache.size).toBeGreaterThan(0);
    const reloader = createIndexReloader({ initial: old, indexDir: config.indexDir, load: () => createPipeline(config, { ensureIndex: false }), watchIntervalMs: 0, logger: silentLogger() });
    try {
      expect(await reloader.reload('test', { force: true })).toMatchObject({ status: 'swapped' });
      const current = reloader.current();
      expect(current).not.toBe(old);
      expect(current.answerCache.size).toBe(0);
      const after = await current.answerer.answer({ question });
      expect(after).not.toBe(before);
      expect(after.answer).toBe(before.answer);
      expect(current.answerCache.size).toBe(1);
      expect(await old.answerer.answer({ question })).toBe(before);
    } finally {
      reloader.close();
    }
  });
});
