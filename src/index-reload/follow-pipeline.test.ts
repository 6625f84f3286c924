import { describe, expect, it } from 'vitest';
import type { Pipeline } from '../pipeline.js';
import { followPipeline } from './follow-pipeline.js';

// Only identity matters to followPipeline: stand-in pipelines.
const first = { name: 'first' } as unknown as Pipeline;
const second = { name: 'second' } as unknown as Pipeline;

describe('followPipeline', () => {
  it('derives at once, then again only after a swap', () => {
    let serving = first;
    const derivedFrom: Pipeline[] = [];
    const follow = followPipeline(() => serving, (pipeline) => (derivedFrom.push(pipeline), derivedFrom.length));
    expect(follow()).toBe(1);
    expect(follow()).toBe(1);
    serving = second;
    expect(follow()).toBe(2);
    expect(derivedFrom).toEqual([first, second]);
  });

  it('forgets what it derived until the next call, which derives from the current pipeline', () => {
    let serving = first;
    const derivedFrom: Pipeline[] = [];
    const follow = followPipeline(() => serving, (pipeline) => (derivedFrom.push(pipeline), derivedFrom.length));
    serving = second;
    follow.forget();
    expect(derivedFrom).toEqual([first]);
    expect(follow()).toBe(2);
    expect(follow()).toBe(2);
    expect(derivedFrom).toEqual([first, second]);
  });
});
