/**
 * Child-process entry of the benchmark: `worker.ts <phase> <input.json> <result.json>`.
 * Runs one phase of `phases/` and writes its figures as JSON; exits 1 with
 * the error on stderr when the phase fails.
 */
import fs from 'node:fs';
import { phases, type PhaseName } from './phases/index.js';

const [phase, inputFile, resultFile] = process.argv.slice(2);
try {
  if (!phase || !(phase in phases) || !inputFile || !resultFile) throw new Error(`usage: worker.ts <${Object.keys(phases).join('|')}> <input.json> <result.json>`);
  const run = phases[phase as PhaseName] as (input: unknown) => Promise<unknown>;
  const output = await run(JSON.parse(fs.readFileSync(inputFile, 'utf8')));
  fs.writeFileSync(resultFile, JSON.stringify(output));
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
}
