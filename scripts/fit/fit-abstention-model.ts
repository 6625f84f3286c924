/**
 * `npm run fit:abstention`: fits the abstention model on the eval suite's DEV
 * split (never the test split) and writes `src/answer/abstention/abstention-model.json`.
 *
 * For each dev case the offline answerer examines the message with the clause
 * rules alone (`createPipeline(..., { abstentionModel: false })`); the label is
 * 1 when the case expects an answer, 0 when it expects abstention. Chooses the
 * L2 penalty (`--l2`, or each of {@link l2Grid}) and the pair of decision
 * thresholds (veto 0.3–0.8 for messages the rules answer, rescue 0.5–1, and
 * at least the veto, for messages they leave unanswered) with the best 5-fold cross-validated
 * accuracy (seeded folds, 10 shuffles) among those that abstain on at least
 * as many expected abstentions as the rules alone; prints it next to the
 * rules' own figures, then fits the weights on every dev case.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSplits } from '../../evals/dataset/schema.js';
import { featureNames, type MessageFeatures } from '../../src/answer/abstention/features.js';
import { answersAt, LogisticModel, type LogisticModelParameters } from '../../src/answer/abstention/logistic-model.js';
import { fitLogistic, logisticProbability } from '../../src/answer/logistic-regression.js';
import { loadConfig } from '../../src/config/index.js';
import { createPipeline } from '../../src/pipeline.js';
import { crossValidationFolds } from './cross-validation.js';
import { parseFitOptions } from './fit-options.js';
import { runCli } from '../run-cli.js';

/** Veto thresholds (messages the clause rules answer) tried on out-of-fold probabilities. */
const vetoThresholds = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];
/** Rescue thresholds (messages the clause rules leave unanswered) tried; at 1 the model never rescues. */
const rescueThresholds = [0.5, 0.6, 0.7, 0.8, 0.9, 1];
/** L2 penalties tried when `--l2` is not given. */
const l2Grid = [0.3, 1, 3, 10, 30, 100];

await runCli(async () => {
  const { l2, out, cases: firstCases } = parseFitOptions('fit:abstention', 'src/answer/abstention/abstention-model.json');
  const pipeline = await createPipeline(loadConfig(), { abstentionModel: false });
  const dev = (await loadSplits(path.join('evals', 'datasets'))).dev.slice(0, firstCases);
  const examined: MessageFeatures[] = [];
  const labels: number[] = [];
  for (const item of dev) {
    examined.push((await pipeline.examine({ question: item.question, ...(item.history ? { history: item.history } : {}) })).features);
    labels.push(item.expect_abstain ? 0 : 1);
  }
  const rows = examined.map((features) => featureNames.map((name) => features[name]));
  const ruleColumn = featureNames.indexOf('ruleAnswers');
  const ruleAccuracy = rows.filter((row, index) => row[ruleColumn] === labels[index]).length / rows.length;
  const toAbstain = labels.filter((label) => label === 0).length;
  const ruleRecall = rows.filter((row, index) => labels[index] === 0 && row[ruleColumn] === 0).length / Math.max(1, toAbstain);
  const validation = crossValidate(examined, rows, labels, l2 === undefined ? l2Grid : [l2], ruleRecall);
  const crossValidatedAccuracy = validation.accuracy;
  const fitted = fitLogistic(rows, labels, { l2: validation.l2 });
  const parameters: LogisticModelParameters = {
    features: [...featureNames],
    ...fitted,
    threshold: validation.threshold,
    rescueThreshold: validation.rescueThreshold,
    trainedOn: { split: 'dev', cases: rows.length, l2: validation.l2, crossValidatedAccuracy: round(crossValidatedAccuracy), ruleAccuracy: round(ruleAccuracy), fittedAt: new Date().toISOString() },
  };
  new LogisticModel(parameters);
  await writeFile(out, `${JSON.stringify(parameters, null, 2)}\n`);
  console.log(
    `dev cases ${rows.length}: clause rules alone accuracy ${ruleAccuracy.toFixed(3)} (abstention recall ${ruleRecall.toFixed(3)}); ` +
      `model (5-fold CV, L2 ${validation.l2}, veto below ${validation.threshold}, rescue from ${validation.rescueThreshold}) accuracy ${crossValidatedAccuracy.toFixed(3)} (recall ${validation.recall.toFixed(3)}); wrote ${out}`,
  );
});

/** One candidate setting of the model and its out-of-fold figures. */
interface Setting {
  l2: number;
  threshold: number;
  rescueThreshold: number;
  /** Out-of-fold decision accuracy over all dev cases. */
  accuracy: number;
  /** Out-of-fold share of the cases that expect abstention on which the model abstains. */
  recall: number;
}

/**
 * 5-fold cross-validation over 10 seeded shuffles, for every L2 penalty of
 * `grid` and every pair of {@link vetoThresholds} × {@link rescueThresholds}:
 * the out-of-fold accuracy and abstention recall. Keeps the most accurate
 * setting whose recall is at least `minRecall` (the clause rules' own recall:
 * the model may not turn away fewer uncovered questions than the rules do);
 * ties go to the veto threshold nearest 0.5, then the higher rescue threshold.
 * @throws Error when no setting reaches `minRecall`.
 */
function crossValidate(examined: MessageFeatures[], rows: number[][], labels: number[], grid: number[], minRecall: number): Setting {
  const settings: (Setting & { correct: number; abstained: number })[] = [];
  for (const l2 of grid) {
    // Rescue never takes less evidence than keeping the rules' answer: a rescue cites sections the rules found under-covered.
    const pairs = vetoThresholds.flatMap((threshold) => rescueThresholds.filter((rescueThreshold) => rescueThreshold >= threshold).map((rescueThreshold) => ({ l2, threshold, rescueThreshold, correct: 0, abstained: 0, accuracy: 0, recall: 0 })));
    let total = 0;
    let toAbstain = 0;
    for (const { train, held } of crossValidationFolds(rows.length)) {
      const fitted = fitLogistic(train.map((index) => rows[index]!), train.map((index) => labels[index]!), { l2 });
      for (const index of held) {
        const probability = logisticProbability(fitted, rows[index]!);
        for (const pair of pairs) {
          const answers = answersAt(probability, examined[index]!, pair);
          pair.correct += Number(answers === (labels[index] === 1));
          if (labels[index] === 0 && !answers) pair.abstained += 1;
        }
        total += 1;
        if (labels[index] === 0) toAbstain += 1;
      }
    }
    for (const pair of pairs) settings.push({ ...pair, accuracy: pair.correct / total, recall: toAbstain > 0 ? pair.abstained / toAbstain : 1 });
  }
  const allowed = settings.filter((setting) => setting.recall >= minRecall - 1e-12);
  if (allowed.length === 0) throw new Error(`no setting keeps the rules' abstention recall ${minRecall.toFixed(3)} out of fold`);
  return allowed.reduce((winner, setting) => {
    if (Math.abs(setting.accuracy - winner.accuracy) > 1e-12) return setting.accuracy > winner.accuracy ? setting : winner;
    const nearer = Math.abs(setting.threshold - 0.5) - Math.abs(winner.threshold - 0.5);
    if (Math.abs(nearer) > 1e-12) return nearer < 0 ? setting : winner;
    return setting.rescueThreshold > winner.rescueThreshold ? setting : winner;
  });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
