import { beforeEach, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';

import type { FeedbackStore } from '../../feedback/feedback-store.js';
import { createMemoryFeedbackStore } from '../../feedback/memory-feedback-store.js';
import type { Pipeline } from '../../pipeline.js';
import { createApp } from '../http/app.js';
import { jsonPost } from './test-helpers.js';

const answerId = '5f2b8c1e-3d4a-4b6c-9e8f-0a1b2c3d4e5f';
const unknownId = '00000000-0000-4000-8000-000000000000';
const noPipeline = (): Pipeline => {
  throw new Error('feedback must not need the pipeline');
};
let store: FeedbackStore;
let app: Hono;

beforeEach(async () => {
  store = createMemoryFeedbackStore();
  await store.recordAnswer({ answerId, createdAt: new Date(), question: 'lost my phone', answer: 'Use the backup codes [1]', abstained: false, degraded: false, answerer: 'extractive', citedSections: ['login-failures/mfa-recovery'] });
  app = createApp({ pipeline: noPipeline, answerer: 'extractive', maxBodyBytes: 64 * 1024, feedbackStore: store });
});

const feedback = (body: unknown) => app.request('/v1/feedback', jsonPost(body));

describe('POST /v1/feedback', () => {
  it('stores a thumbs up and answers 201 with what was stored', async () => {
    const response = await feedback({ answerId, rating: 'up' });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ answerId, rating: 'up' });
    expect(await store.ratedDown({ limit: 5 })).toEqual([]);
  });

  it('stores a thumbs down with its comment redacted, replacing an earlier rating', async () => {
    await feedback({ answerId, rating: 'up' });
    const response = await feedback({ answerId, rating: 'down', comment: '  I have no backup codes; my password is hunter2hunter  ' });
    expect(response.status).toBe(201);
    const [rated] = await store.ratedDown({ limit: 5 });
    expect(rated?.feedback).toMatchObject({ answerId, rating: 'down', comment: 'I have no backup codes; my password is [REDACTED]' });
    expect(rated?.answer.question).toBe('lost my phone');
  });

  it('drops an empty comment', async () => {
    await feedback({ answerId, rating: 'down', comment: '   ' });
    expect((await store.ratedDown({ limit: 5 }))[0]?.feedback).not.toHaveProperty('comment');
  });

  it('answers 404 for an answer it does not know', async () => {
    const response = await feedback({ answerId: unknownId, rating: 'down' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: `No answer has the id ${unknownId}. Rate an answer with the answerId it came with.` } });
  });

  it.each([
    ['an answerId that is not a UUID', { answerId: '42', rating: 'up' }, /answerId: answerId must be the answerId of an answer \(a UUID\)/],
    ['a missing answerId', { rating: 'up' }, /answerId/],
    ['a rating other than up or down', { answerId, rating: 'meh' }, /rating: rating must be "up" or "down"/],
    ['a comment over 1000 characters', { answerId, rating: 'down', comment: 'x'.repeat(1001) }, /comment: at most 1000 characters/],
  ])('rejects %s with 400 naming the field', async (_name, body, message) => {
    const response = await feedback(body);
    expect(response.status).toBe(400);
    const json = await response.json();
    expect(json.error.code).toBe('validation_failed');
    expect(json.error.message).toMatch(message);
    expect(await store.ratedDown({ limit: 5 })).toEqual([]);
  });

  it('rejects a body that is not JSON', async () => {
    expect((await app.request('/v1/feedback', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'rating=up' })).status).toBe(415);
    expect((await (await app.request('/v1/feedback', jsonPost('{"rating":'))).json()).error.code).toBe('invalid_json');
  });
});
