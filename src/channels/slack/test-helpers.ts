/**
 * Test helpers: slash-command bodies and headers signed exactly as Slack
 * signs them, and a loopback HTTP server standing in for `response_url`.
 * Tests only; the server listens on 127.0.0.1 with an ephemeral port.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { computeSlackSignature } from './verify-signature.js';

/** The signing secret the tests configure. */
export const testSigningSecret = '8f742231b10e8888abcd99yyyzzz85a5';

/** A form body as Slack sends it for `/support <text>`; each call gets a fresh `trigger_id`. */
export function slashCommandBody(text: string, overrides: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: 'gIkuvaNzQIHg97ATvDxqgjtO',
    team_id: 'T0001',
    team_domain: 'example',
    channel_id: 'C2147483705',
    channel_name: 'support',
    user_id: 'U2147483697',
    user_name: 'steve',
    command: '/support',
    text,
    api_app_id: 'A123456',
    response_url: 'https://hooks.slack.com/commands/T0001/1234/abcd',
    trigger_id: `13345224609.738474920.${randomUUID()}`,
    ...overrides,
  }).toString();
}

/** Options of {@link signedRequest}. */
export interface SigningOptions {
  /** Default {@link testSigningSecret}. */
  secret?: string;
  /** Unix seconds (default now). */
  timestamp?: number;
  /** Extra headers, e.g. `X-Slack-Retry-Num`. */
  headers?: Record<string, string>;
}

/** A `POST /slack/commands` request init with the form body and Slack's signature headers. */
export function signedRequest(body: string, options: SigningOptions = {}): RequestInit {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  return {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': computeSlackSignature(options.secret ?? testSigningSecret, timestamp, body),
      ...options.headers,
    },
  };
}

/** A loopback stand-in for Slack's `response_url`. */
export interface ResponseUrlReceiver {
  /** e.g. `http://127.0.0.1:49152/commands/T0001/1/x`. */
  url: string;
  /** JSON bodies received, in order (live array). */
  received: unknown[];
  /** Resolves once `count` bodies have arrived; rejects after `timeoutMs` (default 5,000). */
  waitFor(count: number, timeoutMs?: number): Promise<unknown[]>;
  close(): Promise<void>;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  return JSON.parse(Buffer.concat(parts).toString('utf8'));
}

/** Starts a receiver that answers every POST with `status` (default 200). */
export async function startResponseUrlReceiver(status = 200): Promise<ResponseUrlReceiver> {
  const received: unknown[] = [];
  const server = createServer((request, response) => {
    void readJson(request).then((body) => {
      received.push(body);
      response.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/commands/T0001/1/x`,
    received,
    async waitFor(count, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`response_url got ${received.length} of ${count} messages within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return received;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
