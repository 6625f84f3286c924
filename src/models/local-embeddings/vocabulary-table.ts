/**
 * A precomputed open-addressing hash table (linear probing) from word to row,
 * stored in the cache file so loading needs no per-word work (a JS `Map` of
 * 341k words costs ~100–200 ms to build). Slot `i` holds `row + 1`, 0 = empty.
 * The table has {@link slotCount} slots (load factor ≤ 0.5). Hash: 32-bit
 * FNV-1a (Fowler, Noll & Vo; IETF draft-eastlake-fnv) over UTF-16 code units.
 */

/** FNV-1a hash of `word`'s UTF-16 code units, as an unsigned 32-bit integer. */
export function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < word.length; index += 1) {
    hash = Math.imul(hash ^ word.charCodeAt(index), 0x01000193);
  }
  return hash >>> 0;
}

/** Slots for `wordCount` words: the smallest power of two ≥ 2 · wordCount (at least 2). */
export function slotCount(wordCount: number): number {
  let slots = 2;
  while (slots < 2 * wordCount) slots *= 2;
  return slots;
}

/**
 * Builds the table for `words` (row = index). Words must be distinct; for a
 * repeated word the first row wins.
 */
export function buildVocabularyTable(words: readonly string[]): Uint32Array {
  const slots = new Uint32Array(slotCount(words.length));
  const mask = slots.length - 1;
  words.forEach((word, row) => {
    let slot = hashWord(word) & mask;
    while (slots[slot] !== 0) {
      if (words[slots[slot]! - 1] === word) return;
      slot = (slot + 1) & mask;
    }
    slots[slot] = row + 1;
  });
  return slots;
}

/** Row of `word` in `words` using `slots` from {@link buildVocabularyTable}, or `undefined`. */
export function findRow(slots: Uint32Array, words: readonly string[], word: string): number | undefined {
  const mask = slots.length - 1;
  let slot = hashWord(word) & mask;
  for (let probes = 0; probes < slots.length; probes += 1) {
    const entry = slots[slot]!;
    if (entry === 0) return undefined;
    if (words[entry - 1] === word) return entry - 1;
    slot = (slot + 1) & mask;
  }
  return undefined;
}
