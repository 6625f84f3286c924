/**
 * The Server-Sent Events of `POST /v1/chat/stream` (format: WHATWG HTML
 * § 9.2 "Server-sent events"). Each event's `data` is one JSON object.
 * Shared with the browser widget (type-only imports).
 */
import type { Citation } from '../../answer/types.js';
import type { ErrorCode } from '../../errors.js';

/** What the widget offers when the bot abstains. */
export interface Handoff {
  /** Support contact page (`HANDOFF_URL`). */
  url: string;
  /** Plain-text summary of the conversation to paste into the contact form; secrets redacted. */
  summary: string;
}

/** `event: text`: the next piece of the Markdown answer (append it). */
export interface TextEvent {
  event: 'text';
  data: { delta: string };
}

/** `event: citations`: after the text; what each `[n]` refers to. */
export interface CitationsEvent {
  event: 'citations';
  data: { answerId: string; citations: Citation[] };
}

/** `event: done`: the last event of a successful answer. */
export interface DoneEvent {
  event: 'done';
  data: { answerId: string; abstained: boolean; degraded: boolean; handoff?: Handoff };
}

/** `event: error`: the answer failed; the last event. Partial text should be discarded. */
export interface ErrorEvent {
  event: 'error';
  data: { code: ErrorCode; message: string };
}

/** One event of the answer stream. Order: `text`*, then `citations`, `done`; or `text`*, `error`. */
export type StreamEvent = TextEvent | CitationsEvent | DoneEvent | ErrorEvent;
