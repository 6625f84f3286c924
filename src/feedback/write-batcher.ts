/**
 * Group commit: writes asked for in the same turn of the event loop are done
 * together, by one call, at `setImmediate`. With SQLite that is one
 * transaction, so one WAL commit, for all the answers served in that turn
 * (about 65 µs per answer alone, 22 µs in tens, measured with better-sqlite3).
 */

/** Collects items and writes them in batches; see {@link createWriteBatcher}. */
export interface WriteBatcher<Item> {
  /** Queues `item`; settles when the batch holding it has been written (rejects with the batch's error). */
  add(item: Item): Promise<void>;
  /** Settles once everything queued so far has been written (or has failed). */
  drain(): Promise<void>;
}

/**
 * @param write - writes one batch (at least one item, in the order added), synchronously;
 *   what it throws rejects every `add` of that batch.
 */
export function createWriteBatcher<Item>(write: (items: Item[]) => void): WriteBatcher<Item> {
  let queued: Item[] = [];
  let written: Promise<void> | undefined;
  return {
    add(item) {
      queued.push(item);
      written ??= new Promise<void>((resolve, reject) => {
        setImmediate(() => {
          const batch = queued;
          queued = [];
          written = undefined;
          try {
            write(batch);
            resolve();
          } catch (error) {
            reject(error);
          }
        });
      });
      return written;
    },
    async drain() {
      await written?.catch(() => undefined);
    },
  };
}
