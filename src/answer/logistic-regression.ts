/**
 * Binary logistic regression on standardised features, shared by the learned
 * parts of the answerer (the abstention model and the section reranker):
 * P(y = 1 | x) = σ(b + Σ wᵢ·(xᵢ − μᵢ)/sᵢ), fitted with L2-regularised
 * full-batch gradient descent on the log loss (Hastie, Tibshirani & Friedman,
 * "The Elements of Statistical Learning", 2nd ed., §4.4).
 */
import { z } from 'zod';

/** A fitted model's numbers, one entry per feature column: standardisation (mean μ, scale s > 0), weights w, and the bias b. */
export interface LinearWeights {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/** zod fields of {@link LinearWeights}, for the schemas of stored models (scales must be positive). */
export const linearWeightsShape = {
  mean: z.array(z.number()),
  scale: z.array(z.number().positive()),
  weights: z.array(z.number()),
  bias: z.number(),
};

/**
 * Checks that a stored model has one mean, scale and weight per named feature.
 * @param what - the model's name, for the message (e.g. `section reranker`).
 * @throws Error naming the model and the expected length when an array differs.
 */
export function assertOneWeightPerFeature(model: LinearWeights & { features: readonly string[] }, what: string): void {
  const length = model.features.length;
  if ([model.mean, model.scale, model.weights].some((array) => array.length !== length)) {
    throw new Error(`${what}: mean, scale and weights must each have ${length} entries (one per feature)`);
  }
}

/**
 * σ(b + Σ wᵢ·(xᵢ − μᵢ)/sᵢ): the probability in [0, 1] of the positive class for one feature vector.
 * @param vector - features in the fitted column order; as long as `weights`.
 */
export function logisticProbability(model: LinearWeights, vector: readonly number[]): number {
  let logit = model.bias;
  for (let column = 0; column < model.weights.length; column += 1) {
    logit += model.weights[column]! * ((vector[column]! - model.mean[column]!) / model.scale[column]!);
  }
  return 1 / (1 + Math.exp(-logit));
}

/** Options of {@link fitLogistic}. */
export interface FitOptions {
  /** L2 penalty λ (the gradient gets λ·w / n). Default 1. */
  l2?: number;
  /** Gradient steps. Default 3,000. */
  iterations?: number;
  /** Step size. Default 0.1. */
  learningRate?: number;
}

/**
 * Fits standardisation, weights and bias by full-batch gradient descent on the
 * L2-penalised log loss. Deterministic (starts from zero weights).
 *
 * @param rows - feature vectors, all of one length.
 * @param labels - 1 (positive) or 0, one per row.
 * @throws Error when `rows` is empty or `labels` has another length.
 */
export function fitLogistic(rows: number[][], labels: number[], options: FitOptions = {}): LinearWeights {
  if (rows.length === 0 || rows.length !== labels.length) throw new Error(`fitLogistic needs as many labels as rows (got ${rows.length} rows, ${labels.length} labels)`);
  const { l2 = 1, iterations = 3_000, learningRate = 0.1 } = options;
  const n = rows.length;
  const width = rows[0]!.length;
  const mean = Array.from({ length: width }, (_, column) => rows.reduce((sum, row) => sum + row[column]!, 0) / n);
  const scale = mean.map((average, column) => Math.sqrt(rows.reduce((sum, row) => sum + (row[column]! - average) ** 2, 0) / n) + 1e-9);
  const standard = rows.map((row) => row.map((value, column) => (value - mean[column]!) / scale[column]!));
  const weights = new Array<number>(width).fill(0);
  let bias = 0;
  for (let step = 0; step < iterations; step += 1) {
    const gradient = new Array<number>(width).fill(0);
    let biasGradient = 0;
    standard.forEach((row, index) => {
      const logit = row.reduce((sum, value, column) => sum + value * weights[column]!, bias);
      const error = 1 / (1 + Math.exp(-logit)) - labels[index]!;
      row.forEach((value, column) => {
        gradient[column]! += error * value;
      });
      biasGradient += error;
    });
    for (let column = 0; column < width; column += 1) weights[column]! -= learningRate * ((gradient[column]! + l2 * weights[column]!) / n);
    bias -= learningRate * (biasGradient / n);
  }
  return { mean, scale, weights, bias };
}
