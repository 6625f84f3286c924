/**
 * Test helpers for the widget's HTTP routes. Tests only.
 */
import { createSseParser } from './client/sse-parser.js';
import type { StreamEvent } from './stream-events.js';

/** Reads a whole `text/event-stream` response into typed events (with the widget's own parser). */
export async function readEvents(response: Response): Promise<StreamEvent[]> {
  const events: StreamEvent[] = [];
  const parser = createSseParser((message) => events.push({ event: message.event, data: JSON.parse(message.data) } as StreamEvent));
  parser.push(await response.text());
  return events;
}

/** A JSON POST request init. */
export function jsonPost(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

/** RFC 9562 version 4 UUID. */
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
