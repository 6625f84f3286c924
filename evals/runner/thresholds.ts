import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Figures } from './aggregate.js';
import { describeIssues } from '../../src/config/yaml-file.js';

/** `evals/thresholds.json`: bars for one configuration on one split. */
export const thresholdsSchema = z.strictObject({
  $comment: z.string().optional(),
  /** Configuration the bars apply to, e.g. `hybrid`. */
  config: z.string(),
  /** Split the bars apply to, e.g. `test`. */
  split: z.enum(['dev', 'test']),
  /** Figures that must be at least this. */
  min: z.record(z.string(), z.number()).default({}),
  /** Figures that must be at most this (e.g. `secret_leakage: 0`). */
  max: z.record(z.string(), z.number()).default({}),
});

/** Parsed thresholds; see {@link thresholdsSchema}. */
export type Thresholds = z.infer<typeof thresholdsSchema>;

/** One missed bar. */
export interface Miss {
  metric: string;
  /** `min` or `max`. */
  bound: 'min' | 'max';
  bar: number;
  /** The measured figure; `null` when it was not measured or undefined. */
  actual: number | null;
}

/**
 * Reads and validates the thresholds file.
 *
 * @throws {Error} naming the file and the problem when it is unreadable or invalid.
 */
export async function loadThresholds(file: string): Promise<Thresholds> {
  const parsed = thresholdsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/**
 * The bars `figures` miss. A figure that is missing or `null` misses its bar:
 * a bar must be measured to be met.
 */
export function checkThresholds(figures: Figures, thresholds: Pick<Thresholds, 'min' | 'max'>): Miss[] {
  const misses: Miss[] = [];
  for (const [metric, bar] of Object.entries(thresholds.min)) {
    const actual = figures[metric] ?? null;
    if (actual === null || actual < bar) misses.push({ metric, bound: 'min', bar, actual });
  }
  for (const [metric, bar] of Object.entries(thresholds.max)) {
    const actual = figures[metric] ?? null;
    if (actual === null || actual > bar) misses.push({ metric, bound: 'max', bar, actual });
  }
  return misses;
}

/** One line per miss, e.g. `hit@3 = 0.812 < min 0.85`. */
export function describeMiss(miss: Miss): string {
  if (miss.actual === null) return `${miss.metric} not measured (${miss.bound} ${miss.bar})`;
  const actual = Number(miss.actual.toFixed(4));
  return miss.bound === 'min' ? `${miss.metric} = ${actual} < min ${miss.bar}` : `${miss.metric} = ${actual} > max ${miss.bar}`;
}
