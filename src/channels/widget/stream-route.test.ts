import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fakeExtractive, mfaExtractiveResult } from '../../answer/llm/test-fixtures.js';
import { AppError } from '../../errors.js';
import type { FeedbackStore } from '../../feedback/feedback-store.js';
import { createMemoryFeedbackStore } from '../../feedback/memory-feedback-store.js';
import { createChatModel } from '../../models/chat-model.js';
import type { Pipeline } from '../../pipeline.js';
import { startOpenAICompatibleServer, type OpenAICompatibleServer } from '../../testing/openai-compatible-server.js';
import { createTestPipeline } from '../../testing/test-pipeline.js';
import { createApp } from '../http/app.js';
import { chatModelStreamer, type AnswerStreamer } from './stream-answer.js';
import type { CitationsEvent, DoneEvent, StreamEvent } from './stream-events.js';
import { jsonPost, readEvents, uuidPattern } from './test-helpers.js';

const handoffUrl = 'https://help.example.com/contact';
let pipeline: Pipeline;
let store: FeedbackStore;
let app: Hono;
const logged: string[] = [];

const appWith = (streamAnswer?: AnswerStreamer) =>
  createApp({ pipeline: () => pipeline, answerer: 'extractive', maxBodyBytes: 64 * 1024, feedbackStore: store, logError: (message) => logged.push(message), widget: { handoffUrl, ...(streamAnswer ? { streamAnswer } : {}) } });
const stream = (body: unknown, target = app) => target.request('/v1/chat/stream', jsonPost(body));
const texts = (events: StreamEvent[]) => events.flatMap((event) => (event.event === 'text' ? [event.data.delta] : []));
const find = <K extends StreamEvent['event']>(events: StreamEvent[], name: K) => events.find((event) => event.event === name) as Extract<StreamEvent, { event: K }> | undefined;

beforeAll(async () => {
  ({ pipeline } = await createTestPipeline());
  store = createMemoryFeedbackStore();
  app = appWith();
});

describe('POST /v1/chat/stream (extractive)', () => {
  it('streams the cited answer as text, then citations and done with one answerId, and stores it', async () => {
    const question = 'I lost my authenticator phone';
    const response = await stream({ question });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('cache-control')).toBe('no-cache');

    const events = await readEvents(response);
    expect(events.map((event) => event.event)).toEqual(['text', 'citations', 'done']);
    const expected = await pipeline.answerer.answer({ question });
    expect(texts(events).join('')).toBe(expected.answer);
    const citations = find(events, 'citations')!.data;
    const done = find(events, 'done')!.data;
    expect(citations.citations.map((citation) => citation.id)).toEqual(expected.citations.map((citation) => citation.id));
    expect(citations.citations[0]).toMatchObject({ id: 'login-failures/mfa-recovery', anchor: 'mfa-recovery', source: 'login-failures.md' });
    expect(done).toEqual({ answerId: citations.answerId, abstained: false, degraded: false });
    expect(done.answerId).toMatch(uuidPattern);

    const rated = await app.request('/v1/feedback', jsonPost({ answerId: done.answerId, rating: 'down' }));
    expect(rated.status).toBe(201);
    expect((await store.ratedDown({ limit: 1 }))[0]?.answer).toMatchObject({ question, citedSections: ['login-failures/mfa-recovery'] });
  });

  it('abstains with the hand-off: contact URL and a redacted conversation summary', async () => {
    const secret = 'AKIAIOSFODNN7EXAMPLE';
    const question = `how much does the enterprise plan cost per seat? ref ${secret}`;
    const events = await readEvents(await stream({ question, history: [{ role: 'user', content: 'do you offer invoices by post?' }, { role: 'assistant', content: 'I could not find that.' }] }));

    const done = find(events, 'done')!.data;
    expect(done).toMatchObject({ abstained: true, degraded: false, handoff: { url: handoffUrl } });
    expect(done.handoff!.summary).toBe(
      [
        'Question from the Planasonix help chat:',
        'how much does the enterprise plan cost per seat? ref [REDACTED API KEY]',
        '',
        'Earlier in the conversation:',
        '- do you offer invoices by post?',
        '',
        'The help bot could not find this in the troubleshooting guide.',
      ].join('\n'),
    );
    expect(find(events, 'citations')!.data.citations).toEqual([]);
    expect(JSON.stringify(events)).not.toContain(secret);
    const stored = await store.abstainedAnswers({ limit: 10 });
    expect(stored.find((record) => record.answerId === done.answerId)?.question).toBe('how much does the enterprise plan cost per seat? ref [REDACTED API KEY]');
  });

  it.each([
    ['an empty question', jsonPost({ question: '  ' }), 400, 'validation_failed'],
    ['malformed JSON', jsonPost('{"question": '), 400, 'invalid_json'],
    ['a form body', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'question=hi' }, 415, 'unsupported_media_type'],
  ])('answers %s with a JSON error before any stream starts', async (_name, init, status, code) => {
    const response = await app.request('/v1/chat/stream', init);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await response.json()).error.code).toBe(code);
  });
});

describe('POST /v1/chat/stream failures', () => {
  it('ends with an error event carrying the AppError code and message', async () => {
    const failing: AnswerStreamer = async function* () {
      yield 'partial ';
      throw new AppError('index_missing', 'The index is missing. Run npm run ingest.');
    };
    const events = await readEvents(await stream({ question: 'hello' }, appWith(failing)));
    expect(events).toEqual([
      { event: 'text', data: { delta: 'partial ' } },
      { event: 'error', data: { code: 'index_missing', message: 'The index is missing. Run npm run ingest.' } },
    ]);
  });

  it('hides unexpected errors behind a generic message and logs them', async () => {
    const failing: AnswerStreamer = async function* () {
      throw new Error('socket hang up at 10.0.0.7');
    };
    const events = await readEvents(await stream({ question: 'hello' }, appWith(failing)));
    expect(events).toEqual([{ event: 'error', data: { code: 'internal', message: 'Something went wrong on our side. Please try again in a moment.' } }]);
    expect(logged).toContain('unhandled error on POST /v1/chat/stream');
  });
});

describe('POST /v1/chat/stream with a chat model', () => {
  let model: OpenAICompatibleServer;
  beforeAll(async () => {
    model = await startOpenAICompatibleServer();
  });
  afterAll(async () => {
    await model.close();
  });

  it('streams the model answer as separate text events (a grounded line at a time), and never sends a pasted secret to the model', async () => {
    model.setBehaviour({ kind: 'reply', content: '', chunks: ['- Use the backup codes [1].\n', '- Ask an admin ', 'to reset MFA [1].'] });
    const streamer = chatModelStreamer({
      model: createChatModel({ provider: 'openai', model: 'test-model', apiKey: 'sk-test-key', baseURL: model.url, timeoutMs: 5_000 })!,
      extractive: () => fakeExtractive(mfaExtractiveResult),
      timeoutMs: 5_000,
    });
    const secret = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';
    const events = await readEvents(await stream({ question: `lost my phone, token ${secret}` }, appWith(streamer)));

    const deltas = texts(events);
    expect(deltas[0]).toMatch(/^Note: your message contained something that looks like a password/);
    expect(deltas.slice(1)).toEqual(['- Use the backup codes [1].', '\n- Ask an admin to reset MFA [1].', '\n\n**Sources**\n[1] Login failures › MFA recovery']);
    expect((find(events, 'citations') as CitationsEvent).data.citations.map((citation) => citation.n)).toEqual([1]);
    expect((find(events, 'done') as DoneEvent).data).toMatchObject({ abstained: false, degraded: false });
    expect(model.requests).toHaveLength(1);
    expect(model.requests[0]!.rawBody).not.toContain(secret);
    expect(model.requests[0]!.rawBody).toContain('lost my phone, token [REDACTED TOKEN]');
  });
});
