/** Limits of a {@link RecentRequests} memory. */
export interface RecentRequestsOptions {
  /** How long a key is remembered, in ms. */
  ttlMs: number;
  /** Most keys kept; when full, the oldest is forgotten first. */
  maxEntries: number;
}

/**
 * An in-memory set of recently seen request keys with a time-to-live and a
 * size bound, so a retried or replayed slash command is recognised without
 * memory growing without limit. Keys are kept in insertion order, which is
 * also expiry order (one TTL for all), so pruning stops at the first live key.
 */
export class RecentRequests {
  private readonly expiries = new Map<string, number>();

  constructor(private readonly options: RecentRequestsOptions) {}

  /**
   * Records `key` as seen at `nowMs`.
   *
   * @returns `true` the first time a key is seen within the TTL; `false` for a repeat.
   */
  remember(key: string, nowMs: number): boolean {
    this.prune(nowMs);
    if (this.expiries.has(key)) return false;
    this.expiries.set(key, nowMs + this.options.ttlMs);
    if (this.expiries.size > this.options.maxEntries) {
      const oldest = this.expiries.keys().next();
      if (!oldest.done) this.expiries.delete(oldest.value);
    }
    return true;
  }

  /** Number of keys currently remembered. */
  get size(): number {
    return this.expiries.size;
  }

  private prune(nowMs: number): void {
    for (const [key, expiresAt] of this.expiries) {
      if (expiresAt > nowMs) return;
      this.expiries.delete(key);
    }
  }
}
