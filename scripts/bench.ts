/**
 * `npm run bench [-- --full] [--tiers guide,1k,10k] [--runs 3] …`: speed,
 * memory and scale of ingest, retrieval and the HTTP API, side by side
 * (issue 7). Prints a Markdown table and writes `data/bench/latest.json`,
 * `latest.md` and a timestamped copy of the JSON. See `scripts/bench/options.ts`
 * for every flag. Exit 1 when a phase fails, 2 on bad arguments.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBenchArguments, usage } from './bench/options.js';
import { markdownReport } from './bench/report/markdown.js';
import { runBench } from './bench/run-bench.js';

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let command;
try {
  command = parseBenchArguments(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
if (command.help) {
  console.log(usage);
  process.exit(0);
}
try {
  const outDir = path.resolve(repoDir, command.outDir);
  fs.mkdirSync(outDir, { recursive: true });
  const report = await runBench({
    repoDir,
    tiers: command.tiers,
    runs: command.runs,
    connections: command.connections,
    durationSeconds: command.durationSeconds,
    embeddingTable: command.embeddingTable,
    keepWorkDir: command.keep,
    ...(command.profile ? { cpuProfileDir: path.join(outDir, 'profiles') } : {}),
    log: (line) => console.error(`bench: ${line}`),
  });
  const markdown = markdownReport(report);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  fs.writeFileSync(path.join(outDir, `bench-${report.startedAt.replace(/[:.]/g, '-')}.json`), json);
  fs.writeFileSync(path.join(outDir, 'latest.json'), json);
  fs.writeFileSync(path.join(outDir, 'latest.md'), `${markdown}\n`);
  console.log(markdown);
  console.error(`bench: wrote ${path.relative(repoDir, outDir)}/latest.json and latest.md`);
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
