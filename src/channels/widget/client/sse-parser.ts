/** One dispatched Server-Sent Event. */
export interface SseMessage {
  /** The `event:` field; `message` when absent. */
  event: string;
  /** The `data:` lines joined with `\n`. */
  data: string;
}

/** Incremental parser: feed text as it arrives, in pieces of any size. */
export interface SseParser {
  push(text: string): void;
  /** The stream ended: a final CR ends its line; an event not ended by a blank line is dropped (as the standard says). */
  end(): void;
}

/**
 * Parses an event stream per WHATWG HTML § 9.2.6 "Interpreting an event
 * stream": lines end in CRLF, LF or CR; `:` lines are comments; `data`
 * lines accumulate; a blank line dispatches (nothing when no data came);
 * `id` and `retry` are ignored (the widget does not reconnect).
 */
export function createSseParser(onMessage: (message: SseMessage) => void): SseParser {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  const dispatch = () => {
    if (data.length > 0) onMessage({ event: event || 'message', data: data.join('\n') });
    event = '';
    data = [];
  };
  const line = (text: string) => {
    if (text === '') return dispatch();
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    const value = colon === -1 ? '' : text.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  };
  return {
    push(text) {
      buffer += text;
      // A trailing CR may be the first half of a CRLF split across pieces: wait for the next piece.
      const lines = buffer.split(/\r\n|\n|\r(?!$)/);
      buffer = lines.pop() ?? '';
      for (const text of lines) line(text);
    },
    end() {
      if (buffer.endsWith('\r')) for (const text of buffer.slice(0, -1).split(/\r\n|\n|\r/)) line(text);
      buffer = '';
    },
  };
}
