/**
 * A small seeded pseudo-random generator for reproducible test data and
 * benchmarks: Mulberry32 (Tommy Ettinger's 32-bit generator, public domain;
 * period 2^32, passes gjrand and PractRand to 32 GB), which is plenty for
 * picking words. Not for anything that needs unpredictability.
 */
export class SeededRandom {
  private state: number;

  /** @param seed - any 32-bit integer; the same seed gives the same sequence on every platform. */
  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Next number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32;
  }

  /** Integer in [minimum, maximum], both included. */
  integer(minimum: number, maximum: number): number {
    return minimum + Math.floor(this.next() * (maximum - minimum + 1));
  }

  /** One element of a non-empty list. @throws Error when `items` is empty. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('SeededRandom.pick needs a non-empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** `count` distinct elements of `items` (all of them when `count` ≥ its length), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index -= 1) {
      const other = Math.floor(this.next() * (index + 1));
      [copy[index], copy[other]] = [copy[other]!, copy[index]!];
    }
    return copy.slice(0, Math.max(0, count));
  }
}
