/**
 * `npm run eval [-- --split dev|test|all] [--configs hybrid,bm25] [--check]`
 *
 * Runs the eval dataset through every pipeline configuration side by side,
 * prints a metric × configuration table per split, writes
 * `evals/reports/latest.json` and `latest.md`, and with `--check` exits 1
 * when the default configuration misses a bar of `evals/thresholds.json`.
 * Exit 2: bad arguments, dataset, thresholds file, config or index.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/index.js';
import { createChatModel } from '../src/models/chat-model.js';
import { createPipeline } from '../src/pipeline.js';
import { loadSplits, splitNames, type SplitName } from './dataset/schema.js';
import { markdownReport } from './report/markdown.js';
import { metricTable } from './report/table.js';
import { DEFAULT_CONFIG, selectConfigs } from './runner/configs.js';
import { runEval } from './runner/run-eval.js';
import { checkThresholds, describeMiss, loadThresholds } from './runner/thresholds.js';

const evalsDir = path.dirname(fileURLToPath(import.meta.url));
const judgeTimeoutMs = 60_000;
const usage = 'Usage: npm run eval -- [--split dev|test|all] [--configs name,name] [--check]';

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { split: { type: 'string', default: 'all' }, configs: { type: 'string' }, check: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const split = values.split;
  if (split !== 'all' && !splitNames.includes(split as SplitName)) throw new Error(`--split must be dev, test or all, got "${split}"\n${usage}`);
  const config = loadConfig();
  const configs = selectConfigs(values.configs?.split(',').map((name) => name.trim()).filter(Boolean), config.chat.provider !== 'none');
  const dataset = await loadSplits(path.join(evalsDir, 'datasets'));
  const chosenSplits = split === 'all' ? [...splitNames] : [split as SplitName];
  const thresholds = await loadThresholds(path.join(evalsDir, 'thresholds.json'));
  const checkable = chosenSplits.includes(thresholds.split) && configs.some((item) => item.name === thresholds.config);
  if (values.check && !checkable) throw new Error(`--check needs config "${thresholds.config}" and split "${thresholds.split}" in the run`);
  // The judge writes long structured outputs: give it at least a minute per call.
  const judgeModel = config.chat.provider === 'none' ? undefined : createChatModel({ ...config.chat, timeoutMs: Math.max(config.chat.timeoutMs, judgeTimeoutMs) });
  const report = await runEval({
    configs,
    splits: Object.fromEntries(chosenSplits.map((name) => [name, dataset[name]])),
    buildPipeline: (item) => createPipeline(config, item.options),
    handoffUrl: config.handoffUrl,
    ...(judgeModel ? { judge: { chat: judgeModel } } : {}),
    log: (line) => console.error(line),
  });
  for (const name of report.splits) console.log(`\n${name} (${dataset[name].length} cases)\n${metricTable(report, name, 'text')}`);
  const figures = report.configs.find((item) => item.name === thresholds.config)?.splits[thresholds.split]?.figures;
  const misses = checkable && figures ? checkThresholds(figures, thresholds) : undefined;
  const reportsDir = path.join(evalsDir, 'reports');
  await mkdir(reportsDir, { recursive: true });
  await writeFile(path.join(reportsDir, 'latest.json'), `${JSON.stringify({ ...report, thresholds, misses }, null, 2)}\n`);
  await writeFile(path.join(reportsDir, 'latest.md'), markdownReport(report, DEFAULT_CONFIG, { thresholds, misses }));
  console.log(`\nWrote ${path.relative(process.cwd(), reportsDir)}/latest.json and latest.md (${Math.round(report.totalMs)} ms).`);
  if (!values.check) return 0;
  if (misses && misses.length > 0) {
    console.log(`\nMissed ${misses.length} bar(s) of evals/thresholds.json (${thresholds.config} on ${thresholds.split}):`);
    for (const miss of misses) console.log(`  - ${describeMiss(miss)}`);
    return 1;
  }
  console.log(`\nAll bars of evals/thresholds.json met (${thresholds.config} on ${thresholds.split}).`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
