import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';

import { chatRequestSchema } from '../http/chat/schema.js';
import { requireJson } from '../http/require-json.js';
import { validationHook } from '../http/validation-hook.js';
import { answerEvents, type AnswerEventsOptions } from './answer-events.js';

/**
 * `POST /v1/chat/stream {question, history?}` (the body of `POST /v1/chat`) →
 * `200 text/event-stream`: `text` events as the answer is written, then
 * `citations` and `done`, or `error` (see `stream-events.ts`). Bad input is
 * answered before the stream starts, as JSON 400/415 from the shared error
 * handler. Streaming uses Hono's `streamSSE`.
 */
export function streamRoutes(options: () => AnswerEventsOptions) {
  return new Hono().post('/v1/chat/stream', requireJson, zValidator('json', chatRequestSchema, validationHook), (context) => {
    const request = context.req.valid('json');
    context.header('X-Accel-Buffering', 'no'); // tell nginx-style proxies not to buffer the stream
    return streamSSE(context, async (stream) => {
      for await (const event of answerEvents(request, options())) {
        if (stream.aborted) break;
        await stream.writeSSE({ event: event.event, data: JSON.stringify(event.data) });
      }
    });
  });
}
