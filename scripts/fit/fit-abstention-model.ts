/**
 * `npm run fit:abstention`: fits the abstention model on the eval suite's DEV
 * split (never the test split) and writes `src/answer/abstention/abstention-model.json`.
 *
 * For each dev case the offline answerer examines the message with the clause
 * rules alone (`createPipeline(..., { abstentionModel: false })`); the label is
 * 1 when the case expects an answer, 0 when it expects abstention. Prints the
 * 5-fold cross-validated accuracy (seeded folds, 10 shuffles) of the best
 * pair of decision thresholds (veto 0.3–0.7 for messages the rules answer,
 * rescue 0.5–1 for messages they leave unanswered) next to the rules' own
 * accuracy, keeps that pair, then fits the weights on every dev case.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSplits } from '../../evals/dataset/schema.js';
import { featureNames } from '../../src/answer/abstention/features.js';
import { LogisticModel, type LogisticModelParameters } from '../../src/answer/abstention/logistic-model.js';
import { fitLogistic, logisticProbability } from '../../src/answer/logistic-regression.js';
import { loadConfig } from '../../src/config/index.js';
import { createPipeline } from '../../src/pipeline.js';
import { crossValidationFolds } from './cross-validation.js';
import { parseFitOptions } from './fit-options.js';
import { runCli } from '../run-cli.js';

/** Veto thresholds (messages the clause rules answer) tried on out-of-fold probabilities. */
const vetoThresholds = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
/** Rescue thresholds (messages the clause rules leave unanswered) tried; at 1 the model never rescues. */
const rescueThresholds = [0.5, 0.6, 0.7, 0.8, 0.9, 1];


await runCli(async () => {
  const { l2, out } = parseFitOptions('fit:abstention', 'src/answer/abstention/abstention-model.json');
  const pipeline = await createPipeline(loadConfig(), { abstentionModel: false });
  const { dev } = await loadSplits(path.join('evals', 'datasets'));
  const rows: number[][] = [];
  const labels: number[] = [];
  for (const item of dev) {
    const { features } = await pipeline.examine({ question: item.question, ...(item.history ? { history: item.history } : {}) });
    rows.push(featureNames.map((name) => features[name]));
    labels.push(item.expect_abstain ? 0 : 1);
  }
  const ruleColumn = featureNames.indexOf('ruleAnswers');
  const ruleAccuracy = rows.filter((row, index) => row[ruleColumn] === labels[index]).length / rows.length;
  const validation = crossValidate(rows, labels, l2);
  const crossValidatedAccuracy = validation.accuracy;
  const fitted = fitLogistic(rows, labels, { l2 });
  const parameters: LogisticModelParameters = {
    features: [...featureNames],
    ...fitted,
    threshold: validation.threshold,
    rescueThreshold: validation.rescueThreshold,
    trainedOn: { split: 'dev', cases: rows.length, l2, crossValidatedAccuracy: round(crossValidatedAccuracy), ruleAccuracy: round(ruleAccuracy), fittedAt: new Date().toISOString() },
  };
  new LogisticModel(parameters);
  await writeFile(out, `${JSON.stringify(parameters, null, 2)}\n`);
  console.log(
    `dev cases ${rows.length}: clause rules alone ${ruleAccuracy.toFixed(3)}, model (5-fold CV, veto below ${validation.threshold}, rescue from ${validation.rescueThreshold}) ${crossValidatedAccuracy.toFixed(3)}; wrote ${out}`,
  );
});

/** A pair of decision thresholds of the model. */
interface Thresholds {
  threshold: number;
  rescueThreshold: number;
}

/**
 * 5-fold cross-validation over 10 seeded shuffles: the mean out-of-fold
 * accuracy of every pair of {@link vetoThresholds} × {@link rescueThresholds},
 * and the best pair (ties: the veto threshold nearest 0.5, then the higher rescue threshold).
 */
function crossValidate(rows: number[][], labels: number[], l2: number): Thresholds & { accuracy: number } {
  const ruleColumn = featureNames.indexOf('ruleAnswers');
  const pairs = vetoThresholds.flatMap((threshold) => rescueThresholds.map((rescueThreshold) => ({ threshold, rescueThreshold, correct: 0 })));
  let total = 0;
  for (const { train, held } of crossValidationFolds(rows.length)) {
    const fitted = fitLogistic(train.map((index) => rows[index]!), train.map((index) => labels[index]!), { l2 });
    for (const index of held) {
      const row = rows[index]!;
      const probability = logisticProbability(fitted, row);
      for (const pair of pairs) {
        const answers = probability >= (row[ruleColumn] === 1 ? pair.threshold : pair.rescueThreshold);
        pair.correct += Number(answers === (labels[index] === 1));
      }
      total += 1;
    }
  }
  const best = pairs.reduce((winner, pair) => {
    if (pair.correct !== winner.correct) return pair.correct > winner.correct ? pair : winner;
    const nearer = Math.abs(pair.threshold - 0.5) - Math.abs(winner.threshold - 0.5);
    if (Math.abs(nearer) > 1e-12) return nearer < 0 ? pair : winner;
    return pair.rescueThreshold > winner.rescueThreshold ? pair : winner;
  });
  return { threshold: best.threshold, rescueThreshold: best.rescueThreshold, accuracy: best.correct / total };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
