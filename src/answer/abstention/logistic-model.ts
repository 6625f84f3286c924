import { z } from 'zod';
import { featureNames, type MessageFeatures } from './features.js';

/**
 * Parameters of a fitted {@link LogisticModel}, as stored in
 * `abstention-model.json`: per-feature standardisation (mean, scale) and
 * weights in {@link featureNames} order, a bias, two decision thresholds on the
 * probability (`threshold` for messages the clause rules answer: below it the
 * model vetoes; `rescueThreshold` for messages they leave unanswered: from it
 * the model answers), and where the fit came from.
 */
export const logisticModelSchema = z.strictObject({
  features: z.array(z.enum(featureNames)),
  mean: z.array(z.number()),
  scale: z.array(z.number().positive()),
  weights: z.array(z.number()),
  bias: z.number(),
  threshold: z.number().min(0).max(1),
  rescueThreshold: z.number().min(0).max(1),
  trainedOn: z.strictObject({
    split: z.string(),
    cases: z.number().int().positive(),
    l2: z.number().nonnegative(),
    crossValidatedAccuracy: z.number(),
    ruleAccuracy: z.number(),
    fittedAt: z.string(),
  }),
});

/** See {@link logisticModelSchema}. */
export type LogisticModelParameters = z.infer<typeof logisticModelSchema>;

/**
 * Binary logistic regression over {@link MessageFeatures}: P(answer) =
 * σ(b + Σ wᵢ·(xᵢ − μᵢ)/sᵢ). Fitted with L2-regularised gradient descent on
 * standardised features (Hastie, Tibshirani & Friedman, "The Elements of
 * Statistical Learning", 2nd ed., §4.4).
 */
export class LogisticModel {
  /**
   * @throws Error when the parameters do not match the schema or their arrays differ in length from `features`.
   */
  constructor(readonly parameters: LogisticModelParameters) {
    logisticModelSchema.parse(parameters);
    const length = parameters.features.length;
    if ([parameters.mean, parameters.scale, parameters.weights].some((array) => array.length !== length)) {
      throw new Error(`abstention model: mean, scale and weights must each have ${length} entries (one per feature)`);
    }
  }

  /** Probability in [0, 1] that the message should be answered. */
  probability(features: MessageFeatures): number {
    const { features: names, mean, scale, weights, bias } = this.parameters;
    let logit = bias;
    names.forEach((name, index) => {
      logit += weights[index]! * ((features[name] - mean[index]!) / scale[index]!);
    });
    return 1 / (1 + Math.exp(-logit));
  }

  /**
   * True when the message should be answered: {@link probability} reaches `threshold` when the clause rules
   * answer it (`features.ruleAnswers` = 1), `rescueThreshold` when they do not. Overturning an abstention
   * cites a section the rules found under-covered, so it may be asked to take more evidence.
   */
  answers(features: MessageFeatures): boolean {
    const { threshold, rescueThreshold } = this.parameters;
    return this.probability(features) >= (features.ruleAnswers === 1 ? threshold : rescueThreshold);
  }
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
 * @param rows - feature vectors, in {@link featureNames} order.
 * @param labels - 1 = should answer, 0 = should abstain; same length as `rows`.
 * @throws Error when `rows` is empty or `labels` has another length.
 */
export function fitLogistic(rows: number[][], labels: number[], options: FitOptions = {}): Pick<LogisticModelParameters, 'mean' | 'scale' | 'weights' | 'bias'> {
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
