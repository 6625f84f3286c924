/**
 * The p-th percentile of `values` by linear interpolation between closest
 * ranks (Hyndman & Fan 1996, "Sample Quantiles in Statistical Packages",
 * definition 7; the default of R, NumPy and Excel's PERCENTILE.INC):
 * h = (n − 1)·p/100, result = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋) over the sorted values.
 *
 * @param values - samples, e.g. per-case latencies in ms (any order).
 * @param p - percentile in [0, 100].
 * @returns the percentile, or `null` for no samples.
 * @throws {RangeError} when `p` is outside [0, 100].
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (p < 0 || p > 100 || Number.isNaN(p)) throw new RangeError(`percentile must be in [0, 100], got ${p}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = ((sorted.length - 1) * p) / 100;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
}

/** Latency summary of one run, in milliseconds. */
export interface LatencySummary {
  /** Median per-case latency (ms). */
  p50: number | null;
  /** 95th-percentile per-case latency (ms). */
  p95: number | null;
  /** Sum of per-case latencies (ms). */
  total: number;
}

/**
 * p50, p95 ({@link percentile}) and total of per-case answer latencies.
 *
 * @param latencies - wall time of each `answer()` call, in ms.
 */
export function latencySummary(latencies: readonly number[]): LatencySummary {
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), total: latencies.reduce((sum, value) => sum + value, 0) };
}
