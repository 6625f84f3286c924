/**
 * A bounded map that forgets the least recently used entry when full: for
 * memoising pure functions of short texts (the answerability judge asks the
 * glossary about the same clause once per candidate section).
 */
export class RecentResults<Key, Value> {
  private readonly entries = new Map<Key, Value>();

  /** @param capacity - most entries kept (at least 1). */
  constructor(private readonly capacity: number) {}

  /** The value for `key`, computed by `compute` when not kept; marks it most recently used. */
  get(key: Key, compute: (key: Key) => Value): Value {
    if (this.entries.has(key)) {
      const value = this.entries.get(key)!;
      this.entries.delete(key);
      this.entries.set(key, value);
      return value;
    }
    const value = compute(key);
    this.entries.set(key, value);
    if (this.entries.size > Math.max(1, this.capacity)) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
