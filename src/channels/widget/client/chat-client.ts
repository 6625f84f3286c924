/**
 * The widget's calls to the bot: the answer stream (`POST /v1/chat/stream`,
 * Server-Sent Events read from `fetch`, since `EventSource` cannot POST) and
 * feedback (`POST /v1/feedback`). Failures become {@link ChatFailure}s with a
 * message a customer can act on.
 */
import type { CitationsEvent, DoneEvent, StreamEvent } from '../stream-events.js';
import { createSseParser } from './sse-parser.js';

/** Why a request failed, for the error state (all offer a retry). */
export class ChatFailure extends Error {
  constructor(
    readonly kind: 'network' | 'rate_limited' | 'server' | 'rejected' | 'interrupted',
    message: string,
  ) {
    super(message);
    this.name = 'ChatFailure';
  }
}

/** Callbacks for {@link streamAnswer}, in stream order. */
export interface AnswerHandlers {
  onText(delta: string): void;
  onCitations(data: CitationsEvent['data']): void;
  onDone(data: DoneEvent['data']): void;
}

/** Longest wait for a whole answer, in ms; the server's own model deadline is shorter. */
const answerTimeoutMs = 60_000;

/**
 * Asks one question and feeds the stream to `handlers`.
 *
 * @throws {ChatFailure} `network` (unreachable, or no answer within 60 s), `rate_limited` (429),
 *   `server` (5xx or an `error` event), `rejected` (other 4xx, with the server's message),
 *   `interrupted` (the stream ended before `done`).
 */
export async function streamAnswer(endpoint: URL, body: unknown, handlers: AnswerHandlers): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), answerTimeoutMs);
  try {
    const response = await post(endpoint, body, controller.signal, 'text/event-stream');
    if (!response.body) throw new ChatFailure('interrupted', 'The answer was cut off. Please retry.');
    let finished = false;
    let failure: ChatFailure | undefined;
    const parser = createSseParser((message) => {
      if (message.event === 'error') failure ??= serverFailure();
      const event = toEvent(message.event, message.data);
      if (event?.event === 'text') handlers.onText(event.data.delta);
      else if (event?.event === 'citations') handlers.onCitations(event.data);
      else if (event?.event === 'done') {
        finished = true;
        handlers.onDone(event.data);
      }
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (let read = await reader.read(); !read.done && !failure; read = await reader.read()) parser.push(read.value);
    parser.end();
    if (failure) {
      void reader.cancel().catch(() => {});
      throw failure;
    }
    if (!finished) throw new ChatFailure('interrupted', 'The answer was cut off. Please retry.');
  } catch (error) {
    if (error instanceof ChatFailure) throw error;
    throw new ChatFailure('network', "Can't reach the help service. Check your connection, then retry.");
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sends a rating. Resolves when stored.
 *
 * @throws {ChatFailure} as {@link streamAnswer}.
 */
export async function sendFeedback(endpoint: URL, body: { answerId: string; rating: 'up' | 'down'; comment?: string }): Promise<void> {
  try {
    await post(endpoint, body, AbortSignal.timeout(15_000), 'application/json');
  } catch (error) {
    if (error instanceof ChatFailure) throw error;
    throw new ChatFailure('network', "Can't reach the help service. Check your connection, then retry.");
  }
}

const serverFailure = () => new ChatFailure('server', 'Something went wrong on our side while answering. Please retry in a moment.');

/**
 * A `text`, `citations` or `done` event; undefined for other event names (`error` is handled by the caller; unknown ones are ignored).
 *
 * @throws {ChatFailure} `server` when the data is not JSON.
 */
function toEvent(name: string, data: string): Exclude<StreamEvent, { event: 'error' }> | undefined {
  if (name !== 'text' && name !== 'citations' && name !== 'done') return undefined;
  try {
    return { event: name, data: JSON.parse(data) } as Exclude<StreamEvent, { event: 'error' }>;
  } catch {
    throw serverFailure();
  }
}

/** POSTs JSON; a non-2xx status becomes a {@link ChatFailure}. */
async function post(endpoint: URL, body: unknown, signal: AbortSignal, accept: string): Promise<Response> {
  const response = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: accept }, body: JSON.stringify(body), signal, credentials: 'omit' });
  if (response.ok) return response;
  if (response.status === 429) {
    const seconds = Number(response.headers.get('Retry-After'));
    const wait = Number.isFinite(seconds) && seconds > 0 ? `about ${Math.ceil(seconds)} seconds` : 'a moment';
    throw new ChatFailure('rate_limited', `You're sending questions faster than I can answer. Please wait ${wait}, then retry.`);
  }
  if (response.status >= 500) throw new ChatFailure('server', `The help service is having trouble (error ${response.status}). Please retry in a moment.`);
  const message = await response
    .json()
    .then((json: { error?: { message?: unknown } }) => (typeof json.error?.message === 'string' ? json.error.message : undefined))
    .catch(() => undefined);
  throw new ChatFailure('rejected', message ?? `The request was refused (error ${response.status}).`);
}
