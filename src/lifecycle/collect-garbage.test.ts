import { afterEach, describe, expect, it } from 'vitest';
import { collectGarbage } from './collect-garbage.js';

const global = globalThis as { gc?: () => void };
const exposed = global.gc;
afterEach(() => {
  global.gc = exposed;
});

describe('collectGarbage', () => {
  it('does nothing without --expose-gc', () => {
    delete global.gc;
    expect(collectGarbage()).toBeUndefined();
  });

  it('runs the exposed collector once and reports its duration', () => {
    let calls = 0;
    global.gc = () => {
      calls += 1;
    };
    expect(collectGarbage()).toBeGreaterThanOrEqual(0);
    expect(calls).toBe(1);
  });
});
