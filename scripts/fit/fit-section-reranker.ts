/**
 * `npm run fit:reranker`: fits the section reranker on the eval suite's DEV
 * split (never the test split) and writes `src/answer/rerank/section-reranker.json`.
 *
 * For each dev case that expects an answer from named sections, the offline
 * answerer examines the message; every candidate chunk it saw
 * (`Selection.candidates`) is one row, labelled 1 when its section is one of
 * the case's `expected_sections`. Prints the repeated 5-fold cross-validated
 * hit@1 (folds by case, 10 seeded shuffles) of the reranked order next to the
 * hit@1 of the clause rules' own order, chooses `keepProbability` (the
 * highest of {@link keepThresholds} that keeps as many expected sections
 * cited as keeping every chosen section does, out of fold), sets
 * `promoteMostProbable` when leading the answer with the most probable
 * candidate the rules did not choose (`withMostProbableFirst`) puts an expected
 * section first in more answered cases, out of fold, than the chosen order
 * does, then fits the weights on every row.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSplits } from '../../evals/dataset/schema.js';
import { hitAtK, sectionOf, sectionRanking } from '../../evals/metrics/retrieval.js';
import { fitLogistic, logisticProbability } from '../../src/answer/logistic-regression.js';
import { candidateFeatureNames, candidateFeatures } from '../../src/answer/rerank/features.js';
import { keepMostProbable, withMostProbableFirst, SectionReranker, type SectionRerankerParameters } from '../../src/answer/rerank/section-reranker.js';
import { loadConfig } from '../../src/config/index.js';
import { createPipeline } from '../../src/pipeline.js';
import { crossValidationFolds } from './cross-validation.js';
import { parseFitOptions } from './fit-options.js';
import { runCli } from '../run-cli.js';

/** `keepProbability` values tried, lowest first. */
const keepThresholds = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3];


/** One dev case as the fit sees it. */
interface CaseRows {
  expected: string[];
  /** Section id (chunk id without its `~n` part) and features of each candidate. */
  candidates: { section: string; features: number[] }[];
  /** Sections in the order the answer gives them without the reranker: the rules' choice, then the whole-message retrieval. */
  ruleOrder: string[];
  /** Sections the rules chose (empty when they abstained). */
  chosen: string[];
}

await runCli(async () => {
  const { l2 = 1, out, cases: firstCases } = parseFitOptions('fit:reranker', 'src/answer/rerank/section-reranker.json');
  const pipeline = await createPipeline(loadConfig(), { abstentionModel: false });
  const dev = (await loadSplits(path.join('evals', 'datasets'))).dev.slice(0, firstCases);
  const cases: CaseRows[] = [];
  for (const item of dev) {
    if (item.expect_abstain || !item.expected_sections?.length) continue;
    const { selection, exemplars } = await pipeline.examine({ question: item.question, ...(item.history ? { history: item.history } : {}) });
    cases.push({
      expected: item.expected_sections,
      candidates: selection.candidates.map((candidate) => ({ section: sectionOf(candidate.item.chunk.id), features: candidateFeatures(candidate, selection.clauseCount, exemplars) })),
      ruleOrder: sectionRanking([...selection.chosen, ...selection.retrieved].map((scored) => scored.chunk.id)),
      chosen: sectionRanking(selection.chosen.map((scored) => scored.chunk.id)),
    });
  }
  const rowsOf = (indices: number[]) => indices.flatMap((index) => cases[index]!.candidates.map((candidate) => ({ features: candidate.features, label: cases[index]!.expected.includes(candidate.section) ? 1 : 0 })));
  const fit = (indices: number[]) => {
    const rows = rowsOf(indices);
    return fitLogistic(rows.map((row) => row.features), rows.map((row) => row.label), { l2 });
  };

  // Out of fold: hit@1 of the reranked order, and for each keep threshold how many expected sections the kept chosen sections include.
  let hits = 0;
  let scored = 0;
  const kept = keepThresholds.map(() => ({ expectedCited: 0, sections: 0 }));
  let answered = 0;
  // Out of fold, over answered cases: is the answer's first section an expected one, without and with promotion?
  const firstExpected = { kept: 0, promoted: 0, promotions: 0 };
  for (const { train, held } of crossValidationFolds(cases.length)) {
    const model = fit(train);
    for (const index of held) {
      const example = cases[index]!;
      const ranked = example.candidates.map((candidate) => ({ section: candidate.section, probability: logisticProbability(model, candidate.features) })).sort((left, right) => right.probability - left.probability);
      hits += hitAtK(sectionRanking(ranked.map((candidate) => candidate.section)), example.expected, 1);
      scored += 1;
      if (example.chosen.length === 0) continue;
      answered += 1;
      const probability = new Map(ranked.map((candidate) => [candidate.section, candidate.probability]));
      const ordered = keepMostProbable(example.chosen, (section) => probability.get(section), 0);
      const top = ranked[0] ? { item: ranked[0].section, probability: ranked[0].probability } : undefined;
      const promoted = withMostProbableFirst(ordered, example.chosen, (section) => probability.get(section), top, (left, right) => left === right);
      firstExpected.kept += Number(example.expected.includes(ordered[0]!));
      firstExpected.promoted += Number(example.expected.includes(promoted[0]!));
      firstExpected.promotions += Number(promoted.length > ordered.length);
      keepThresholds.forEach((threshold, position) => {
        const keep = keepMostProbable(example.chosen, (section) => probability.get(section), threshold);
        kept[position]!.expectedCited += keep.filter((section) => example.expected.includes(section)).length;
        kept[position]!.sections += keep.length;
      });
    }
  }
  const crossValidatedHitAt1 = hits / scored;
  const ruleOrderHitAt1 = cases.reduce((sum, example) => sum + hitAtK(example.ruleOrder, example.expected, 1), 0) / cases.length;
  const bestKept = Math.max(...kept.map((entry) => entry.expectedCited));
  const keepProbability = keepThresholds[kept.map((entry) => entry.expectedCited).lastIndexOf(bestKept)]!;

  const rows = rowsOf(cases.map((_, index) => index));
  const parameters: SectionRerankerParameters = {
    features: [...candidateFeatureNames],
    ...fit(cases.map((_, index) => index)),
    keepProbability,
    promoteMostProbable: firstExpected.promoted > firstExpected.kept,
    trainedOn: { split: 'dev', cases: cases.length, candidates: rows.length, l2, crossValidatedHitAt1: round(crossValidatedHitAt1), ruleOrderHitAt1: round(ruleOrderHitAt1), fittedAt: new Date().toISOString() },
  };
  new SectionReranker(parameters);
  await writeFile(out, `${JSON.stringify(parameters, null, 2)}\n`);
  console.log(`keep threshold → expected sections cited / sections cited (out of fold, summed over 10 shuffles of ${answered / 10} answered cases): ${keepThresholds.map((threshold, position) => `${threshold}: ${kept[position]!.expectedCited}/${kept[position]!.sections}`).join(', ')}`);
  console.log(`first section expected (out of fold, answered cases ×10): chosen order ${firstExpected.kept}, most probable promoted ${firstExpected.promoted} (${firstExpected.promotions} promotions) → promoteMostProbable ${firstExpected.promoted > firstExpected.kept}`);
  console.log(`dev cases ${cases.length} (${rows.length} candidates): hit@1 of the rules' order ${ruleOrderHitAt1.toFixed(3)}, reranked (5-fold CV ×10) ${crossValidatedHitAt1.toFixed(3)}; keepProbability ${keepProbability}; wrote ${out}`);
});

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
