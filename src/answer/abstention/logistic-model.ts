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

  /** True when the message should be answered: see {@link answersAt}, at this model's probability and thresholds. */
  answers(features: MessageFeatures): boolean {
    return answersAt(this.probability(features), features, this.parameters);
  }
}

/** Fewest content words a fully covered clause needs for the rules' answer to stand over the model. */
const completeEvidenceWords = 2;

/**
 * The decision rule of the abstention model, given its probability for a message: answer
 * - on complete evidence, whatever the probability: the clause rules answer, and every content word (at least
 *   {@link completeEvidenceWords}) of the best-covered clause is in one section's own heading or text ("how do I
 *   reset my password?"). The model weighs partial evidence; it learned that questions are often out of scope, and
 *   must not turn away a question the guide's own words answer;
 * - else when the probability reaches `threshold` if the clause rules answer (`ruleAnswers` = 1), `rescueThreshold`
 *   if they do not: overturning an abstention cites a section the rules found under-covered, so it may be asked to
 *   take more evidence.
 *
 * Shared by {@link LogisticModel.answers} and the fit script's cross-validation, so thresholds are chosen for the
 * rule the answerer applies.
 */
export function answersAt(probability: number, features: MessageFeatures, thresholds: Pick<LogisticModelParameters, 'threshold' | 'rescueThreshold'>): boolean {
  if (features.ruleAnswers === 1 && features.contentWords >= completeEvidenceWords && features.bestOwnCoverage >= 1 - 1e-9) return true;
  return probability >= (features.ruleAnswers === 1 ? thresholds.threshold : thresholds.rescueThreshold);
}
