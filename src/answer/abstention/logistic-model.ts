import { z } from 'zod';
import { assertOneWeightPerFeature, linearWeightsShape, logisticProbability } from '../logistic-regression.js';
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
  ...linearWeightsShape,
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
 * σ(b + Σ wᵢ·(xᵢ − μᵢ)/sᵢ) (see `../logistic-regression.ts`, which also fits it).
 */
export class LogisticModel {
  /**
   * @throws Error when the parameters do not match the schema or their arrays differ in length from `features`.
   */
  constructor(readonly parameters: LogisticModelParameters) {
    logisticModelSchema.parse(parameters);
    assertOneWeightPerFeature(parameters, 'abstention model');
  }

  /** Probability in [0, 1] that the message should be answered. */
  probability(features: MessageFeatures): number {
    return logisticProbability(this.parameters, this.parameters.features.map((name) => features[name]));
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
