/** Latency percentiles of one series, in ms. */
export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

/**
 * The `fraction` quantile (0–1) of `values` by the nearest-rank method
 * (the smallest value with at least that share of values at or below it).
 * @throws Error for an empty series.
 */
export function quantile(values: readonly number[], fraction: number): number {
  if (values.length === 0) throw new Error('quantile of an empty series');
  const sorted = [...values].sort((left, right) => left - right);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
  return sorted[rank - 1]!;
}

/** Median (nearest rank) of `values`. @throws Error for an empty series. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** p50, p95 and p99 of a latency series. @throws Error for an empty series. */
export function percentiles(values: readonly number[]): Percentiles {
  return { p50: quantile(values, 0.5), p95: quantile(values, 0.95), p99: quantile(values, 0.99) };
}

/**
 * Figure by figure, the median over several runs of numeric records of the
 * same shape (nested objects are combined key by key). Noise on a shared
 * machine hits single runs; the median of each figure is what we quote.
 * @throws Error when `runs` is empty.
 */
export function medianOfRuns<T>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error('median of no runs');
  const first = runs[0] as unknown;
  if (typeof first === 'number') return median(runs as readonly number[]) as T;
  if (first === null || typeof first !== 'object' || Array.isArray(first)) return runs[runs.length - 1]!;
  const combined: Record<string, unknown> = {};
  for (const key of Object.keys(first)) combined[key] = medianOfRuns(runs.map((run) => (run as Record<string, unknown>)[key]));
  return combined as T;
}

/** `value` rounded to `digits` decimals (for tables and JSON). */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
