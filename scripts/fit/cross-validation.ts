import { SeededRandom } from '../../src/testing/seeded-random.js';

/** One split of a cross-validation run: indices to fit on and indices to score. */
export interface Fold {
  train: number[];
  held: number[];
}

/** Options of {@link crossValidationFolds}. */
export interface FoldOptions {
  /** Folds per shuffle (default 5). */
  folds?: number;
  /** Independent seeded shuffles (default 10); each item is held out once per shuffle. */
  shuffles?: number;
  /** Seed of the shuffles (default 11), so a fit prints the same figures on every run. */
  seed?: number;
}

/**
 * Repeated k-fold cross-validation splits of `count` items (Kohavi 1995, "A study of
 * cross-validation and bootstrap for accuracy estimation and model selection"):
 * `shuffles` seeded shuffles, each cut into `folds` folds by position.
 * @throws RangeError when `count` is smaller than `folds`.
 */
export function crossValidationFolds(count: number, options: FoldOptions = {}): Fold[] {
  const { folds = 5, shuffles = 10, seed = 11 } = options;
  if (count < folds) throw new RangeError(`cross-validation needs at least ${folds} items, got ${count}`);
  const random = new SeededRandom(seed);
  const result: Fold[] = [];
  for (let shuffle = 0; shuffle < shuffles; shuffle += 1) {
    const order = random.sample(Array.from({ length: count }, (_, index) => index), count);
    for (let fold = 0; fold < folds; fold += 1) {
      result.push({ train: order.filter((_, position) => position % folds !== fold), held: order.filter((_, position) => position % folds === fold) });
    }
  }
  return result;
}
