import { describe, expect, it } from 'vitest';

import { createWriteBatcher } from './write-batcher.js';

describe('createWriteBatcher', () => {
  it('writes the items added in one turn of the event loop together, in order, and settles each add after its batch', async () => {
    const batches: number[][] = [];
    const batcher = createWriteBatcher<number>((items) => batches.push(items));
    const first = [batcher.add(1), batcher.add(2), batcher.add(3)];
    expect(batches).toEqual([]);
    await Promise.all(first);
    expect(batches).toEqual([[1, 2, 3]]);
    await batcher.add(4);
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it('rejects every add of a failed batch with its error, and the next batch still runs', async () => {
    let fail = true;
    const written: string[] = [];
    const batcher = createWriteBatcher<string>((items) => {
      if (fail) throw new Error('disk full');
      written.push(...items);
    });
    const results = await Promise.allSettled([batcher.add('a'), batcher.add('b')]);
    expect(results).toEqual([
      { status: 'rejected', reason: new Error('disk full') },
      { status: 'rejected', reason: new Error('disk full') },
    ]);
    fail = false;
    await batcher.add('c');
    expect(written).toEqual(['c']);
  });

  it('drain() waits for what is queued, also when it fails', async () => {
    const written: number[] = [];
    const batcher = createWriteBatcher<number>((items) => written.push(...items));
    void batcher.add(1);
    await batcher.drain();
    expect(written).toEqual([1]);
    const failing = createWriteBatcher<number>(() => {
      throw new Error('no');
    });
    failing.add(1).catch(() => undefined);
    await expect(failing.drain()).resolves.toBeUndefined();
    await expect(createWriteBatcher<number>(() => {}).drain()).resolves.toBeUndefined();
  });
});
