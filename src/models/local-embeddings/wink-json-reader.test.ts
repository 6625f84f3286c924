import { describe, expect, it } from 'vitest';

import { isAppError } from '../../errors.js';
import { readWinkJson } from './wink-json-reader.js';

function readAll(json: string) {
  const entries: Array<[string, number[]]> = [];
  let fieldsAtStart: Record<string, unknown> = {};
  const fields = readWinkJson(Buffer.from(json, 'utf8'), (soFar) => {
    fieldsAtStart = soFar;
    return (word, values, length) => entries.push([word, Array.from(values.subarray(0, length))]);
  });
  return { fields, fieldsAtStart, entries };
}

describe('readWinkJson', () => {
  it('streams vectors with the exact doubles JSON.parse gives, and parses the other fields', () => {
    const document = {
      precision: 8,
      dimensions: 3,
      words: ['the', '"', 'café', 'a\\b'],
      vectors: {
        the: [0.1, -0.046457, 3.10366561, 0],
        '"': [1e-5, -2.5e3, 12345678901234567890, 0.30000000000000004],
        café: [-5, 5, 6],
        'a\\b': [],
      },
      unkVector: [0, 0, 0, -1],
    };
    const { fields, fieldsAtStart, entries } = readAll(JSON.stringify(document, null, 1));
    expect(fieldsAtStart).toEqual({ precision: 8, dimensions: 3, words: document.words });
    expect(fields).toEqual({ precision: 8, dimensions: 3, words: document.words, unkVector: [0, 0, 0, -1] });
    expect(entries).toEqual(Object.entries(document.vectors));
  });

  it('matches JSON.parse on many random numbers', () => {
    const values = Array.from({ length: 2000 }, (_, index) => Number((Math.sin(index * 12.9898) * 4).toFixed(1 + (index % 9))));
    const json = JSON.stringify({ dimensions: 1, words: ['x'], vectors: { x: values } });
    const { entries } = readAll(json);
    expect(entries[0]![1]).toEqual(JSON.parse(json).vectors.x);
  });

  it('throws AppError internal with the byte offset on malformed input', () => {
    let caught: unknown;
    try {
      readAll('{"dimensions":1,"words":["x"],"vectors":{"x":[1,,2]}}');
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught) && caught.code).toBe('internal');
    expect((caught as Error).message).toMatch(/expected a number at byte 48/);
  });
});
