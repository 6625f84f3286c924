/** One case's abstention outcome. */
export interface AbstentionOutcome {
  /** The case's `expect_abstain`. */
  expected: boolean;
  /** The bot's `abstained`. */
  abstained: boolean;
  /** The case's `kind` is `in_scope`. */
  inScope: boolean;
}

/** Result of {@link abstentionMetrics}; `null` where the ratio is 0 ÷ 0. */
export interface AbstentionMetrics {
  /** Correct abstentions ÷ abstentions. */
  precision: number | null;
  /** Correct abstentions ÷ cases that expect abstention. */
  recall: number | null;
  /** Cases where `abstained === expected` ÷ cases. */
  accuracy: number | null;
  /** In-scope cases that expect an answer but got an abstention (a count). */
  falseAbstentions: number;
  /** {@link AbstentionMetrics.falseAbstentions} ÷ in-scope cases that expect an answer. */
  falseAbstentionRate: number | null;
}

/**
 * Abstention as a binary classifier whose positive class is "abstain"
 * (selective prediction; Kamath, Jia & Liang 2020, "Selective Question
 * Answering under Domain Shift"): precision and recall of abstaining
 * against `expect_abstain` (which is true for out-of-scope cases and for
 * adversarial cases the guide does not cover), accuracy over all cases, and
 * false abstentions on in-scope questions.
 */
export function abstentionMetrics(outcomes: readonly AbstentionOutcome[]): AbstentionMetrics {
  const ratio = (numerator: number, denominator: number): number | null => (denominator === 0 ? null : numerator / denominator);
  const truePositives = outcomes.filter((outcome) => outcome.expected && outcome.abstained).length;
  const abstentions = outcomes.filter((outcome) => outcome.abstained).length;
  const expected = outcomes.filter((outcome) => outcome.expected).length;
  const correct = outcomes.filter((outcome) => outcome.expected === outcome.abstained).length;
  const answerable = outcomes.filter((outcome) => outcome.inScope && !outcome.expected);
  const falseAbstentions = answerable.filter((outcome) => outcome.abstained).length;
  return {
    precision: ratio(truePositives, abstentions),
    recall: ratio(truePositives, expected),
    accuracy: ratio(correct, outcomes.length),
    falseAbstentions,
    falseAbstentionRate: ratio(falseAbstentions, answerable.length),
  };
}
