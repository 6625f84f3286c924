import { describe, expect, it } from 'vitest';

import { createSseParser, type SseMessage } from './sse-parser.js';

const parse = (pieces: string[]): SseMessage[] => {
  const messages: SseMessage[] = [];
  const parser = createSseParser((message) => messages.push(message));
  for (const piece of pieces) parser.push(piece);
  parser.end();
  return messages;
};

describe('createSseParser', () => {
  it('dispatches events on blank lines, joining data lines with newlines', () => {
    expect(parse(['event: text\ndata: {"delta":"a"}\n\n', 'event: done\ndata: line 1\ndata: line 2\n\n'])).toEqual([
      { event: 'text', data: '{"delta":"a"}' },
      { event: 'done', data: 'line 1\nline 2' },
    ]);
  });

  it('handles any split of the stream, CRLF and CR line ends, comments and events without data', () => {
    const stream = ': keep-alive\r\nevent: text\r\ndata: one\r\n\r\nevent: empty\n\nevent: text\rdata:two\r\r';
    const expected = [
      { event: 'text', data: 'one' },
      { event: 'text', data: 'two' },
    ];
    for (let size = 1; size <= stream.length; size += 1) {
      const pieces = Array.from({ length: Math.ceil(stream.length / size) }, (_, index) => stream.slice(index * size, (index + 1) * size));
      expect(parse(pieces)).toEqual(expected);
    }
  });

  it('names events without an event field "message" and waits for the blank line', () => {
    expect(parse(['data: x\n'])).toEqual([]); // not ended by a blank line: dropped at the end
    expect(parse(['data: x\n', '\n'])).toEqual([{ event: 'message', data: 'x' }]);
  });
});
