import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PhaseInputs, PhaseName, PhaseOutputs } from './phases/index.js';

const workerPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.ts');

/** Where and how a phase runs in its own process. */
export interface WorkerOptions {
  /** Repository root: the child's working directory. */
  repoDir: string;
  /** Directory for the input and result files. */
  workDir: string;
  /** Kill the child after this long (ms). */
  timeoutMs: number;
  /** When set, the child writes a V8 CPU profile (`node --cpu-prof`) here. */
  cpuProfileDir?: string;
}

let sequence = 0;

/**
 * Runs one measurement phase in a fresh Node process (`node --import tsx
 * scripts/bench/worker.ts`), so its peak memory and caches are its own,
 * and returns the figures it wrote.
 *
 * @throws Error naming the phase with the child's stderr tail when it exits non-zero,
 *   writes no result, or runs past `timeoutMs`.
 */
export async function runWorker<Name extends PhaseName>(phase: Name, input: PhaseInputs[Name], options: WorkerOptions): Promise<PhaseOutputs[Name]> {
  sequence += 1;
  const inputFile = path.join(options.workDir, `${phase}-${process.pid}-${sequence}.input.json`);
  const resultFile = path.join(options.workDir, `${phase}-${process.pid}-${sequence}.result.json`);
  fs.writeFileSync(inputFile, JSON.stringify(input));
  const profile = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`, `--cpu-prof-name=${phase}-${sequence}.cpuprofile`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', workerPath, phase, inputFile, resultFile], { cwd: options.repoDir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr = (stderr + text).slice(-4000)));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve)).finally(() => clearTimeout(timer));
  try {
    if (code !== 0 || !fs.existsSync(resultFile)) throw new Error(`bench phase ${phase} failed (exit ${code ?? 'killed after ' + options.timeoutMs + ' ms'}): ${stderr.trim() || 'no output'}`);
    return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as PhaseOutputs[Name];
  } finally {
    fs.rmSync(inputFile, { force: true });
    fs.rmSync(resultFile, { force: true });
  }
}
