/**
 * A loopback HTTP server that speaks the parts of the OpenAI API our clients
 * call (`POST /v1/chat/completions`, plain and `stream: true`, and
 * `POST /v1/embeddings`), with a behaviour scripted per test: reply, fail with
 * an HTTP status, hang, drop the socket mid-stream, or send malformed JSON.
 * Tests only; it listens on 127.0.0.1 with an ephemeral port.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server does with the next requests (all endpoints). */
export type ServerBehaviour =
  /** Answer normally. `chunks` sets the stream deltas (default: `content` split after each space). */
  | { kind: 'reply'; content: string; chunks?: string[] }
  /** Answer with this HTTP status and an OpenAI-style `{error: {message}}` body. */
  | { kind: 'http-error'; status: number; message?: string }
  /** Never answer; the connection stays open until the client gives up or {@link OpenAICompatibleServer.close}. */
  | { kind: 'hang' }
  /** Streaming: send the SSE headers, the role chunk and `chunksBeforeClose`, then destroy the socket. Non-streaming: destroy the socket at once. */
  | { kind: 'close-mid-stream'; chunksBeforeClose?: string[] }
  /** Answer 200 with a JSON content type and a body that is not JSON. */
  | { kind: 'malformed' };

/** One request the server received, in arrival order. */
export interface RecordedRequest {
  method: string;
  /** Path without query, e.g. `/v1/chat/completions`. */
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  /** The raw body text, for searching (e.g. "this secret never appears"). */
  rawBody: string;
}

/** A running test server. */
export interface OpenAICompatibleServer {
  /** Base URL to hand to an OpenAI client as `baseURL`, ending in `/v1`, e.g. `http://127.0.0.1:49152/v1`. */
  url: string;
  /** Every request received so far (live array). */
  requests: RecordedRequest[];
  /** Changes what the server does from the next request on. */
  setBehaviour(behaviour: ServerBehaviour): void;
  /** Destroys open connections (including hung ones) and stops listening. */
  close(): Promise<void>;
}

/** Options for {@link startOpenAICompatibleServer}. */
export interface OpenAICompatibleServerOptions {
  /** Initial behaviour (default: reply `OK [1]`). */
  behaviour?: ServerBehaviour;
  /** Length of the vectors `/v1/embeddings` returns (default 8). */
  embeddingDimensions?: number;
}

/**
 * Starts the server on 127.0.0.1, port 0.
 *
 * Embeddings are always returned as JSON float arrays, whatever
 * `encoding_format` asks for (as Ollama does), and are deterministic per input.
 */
export async function startOpenAICompatibleServer(
  options: OpenAICompatibleServerOptions = {},
): Promise<OpenAICompatibleServer> {
  let behaviour: ServerBehaviour = options.behaviour ?? { kind: 'reply', content: 'OK [1]' };
  const dimensions = options.embeddingDimensions ?? 8;
  const requests: RecordedRequest[] = [];

  const server = createServer((request, response) => {
    void readBody(request).then((rawBody) => {
      const body = parseJson(rawBody);
      const path = (request.url ?? '/').split('?')[0] ?? '/';
      requests.push({ method: request.method ?? 'GET', path, headers: request.headers, body, rawBody });
      respond(behaviour, path, body, response, dimensions);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    setBehaviour(next) {
      behaviour = next;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function respond(
  behaviour: ServerBehaviour,
  path: string,
  body: unknown,
  response: ServerResponse,
  dimensions: number,
): void {
  const fields = isRecord(body) ? body : {};
  const streaming = fields.stream === true;
  switch (behaviour.kind) {
    case 'hang':
      return;
    case 'http-error':
      sendJson(response, behaviour.status, {
        error: { message: behaviour.message ?? `Scripted HTTP ${behaviour.status}`, type: 'test_error', code: null },
      });
      return;
    case 'malformed':
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"choices": [ this is not json');
      return;
    case 'close-mid-stream':
      if (path === '/v1/chat/completions' && streaming) {
        startStream(response);
        writeEvent(response, chunk(fields.model, { role: 'assistant', content: '' }, null));
        for (const text of behaviour.chunksBeforeClose ?? []) writeEvent(response, chunk(fields.model, { content: text }, null));
        // Let the written events leave before the socket goes away.
        setTimeout(() => response.socket?.destroy(), 20);
      } else {
        response.socket?.destroy();
      }
      return;
    case 'reply':
      if (path === '/v1/chat/completions') {
        if (streaming) streamReply(response, fields, behaviour.chunks ?? splitAfterSpaces(behaviour.content));
        else sendJson(response, 200, completion(fields.model, behaviour.content));
      } else if (path === '/v1/embeddings') {
        sendJson(response, 200, embeddings(fields.model, fields.input, dimensions));
      } else {
        sendJson(response, 404, { error: { message: `No route ${path}`, type: 'not_found', code: null } });
      }
      return;
  }
}

function streamReply(response: ServerResponse, fields: Record<string, unknown>, deltas: string[]): void {
  startStream(response);
  writeEvent(response, chunk(fields.model, { role: 'assistant', content: '' }, null));
  for (const text of deltas) writeEvent(response, chunk(fields.model, { content: text }, null));
  writeEvent(response, chunk(fields.model, {}, 'stop'));
  response.end('data: [DONE]\n\n');
}

function startStream(response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  response.flushHeaders();
}

function writeEvent(response: ServerResponse, data: unknown): void {
  response.write(`data: ${JSON.stringify(data)}\n\n`);
}

function chunk(model: unknown, delta: Record<string, unknown>, finishReason: string | null): unknown {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model: typeof model === 'string' ? model : 'test-model',
    choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }],
  };
}

function completion(model: unknown, content: string): unknown {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: typeof model === 'string' ? model : 'test-model',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
  };
}

function embeddings(model: unknown, input: unknown, dimensions: number): unknown {
  const texts = Array.isArray(input) ? input.map(String) : [String(input)];
  return {
    object: 'list',
    data: texts.map((text, index) => ({ object: 'embedding', index, embedding: vectorFor(text, dimensions) })),
    model: typeof model === 'string' ? model : 'test-embeddings',
    usage: { prompt_tokens: texts.length, total_tokens: texts.length },
  };
}

/** A deterministic unit-free vector: component i is derived from the text's character codes. */
function vectorFor(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (let index = 0; index < text.length; index += 1) {
    const slot = index % dimensions;
    vector[slot] = (vector[slot] ?? 0) + (text.charCodeAt(index) % 17) / 16;
  }
  return vector.map((value) => Math.round((value / Math.max(1, text.length)) * 1000) / 1000);
}

function splitAfterSpaces(content: string): string[] {
  return content.split(/(?<= )/).filter((part) => part.length > 0);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const parts: Buffer[] = [];
    request.on('data', (part: Buffer) => parts.push(part));
    request.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    request.on('error', () => resolve(Buffer.concat(parts).toString('utf8')));
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
