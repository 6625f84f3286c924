import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildServer } from '../build/build-server.js';
import { describeMachine } from './machine.js';
import { evaluateTargets } from './report/targets.js';
import type { BenchReport, TierReport } from './report/types.js';
import { runWorker, type WorkerOptions } from './run-worker.js';
import { measureServer } from './server-phase.js';
import { medianOfRuns } from './statistics.js';
import { prepareTier, type TierName } from './tiers.js';

/** Settings of a bench run; see `scripts/bench.ts` for the command-line flags. */
export interface BenchOptions {
  /** Repository root (knowledge/, evals/datasets, .cache, scripts/start.ts). */
  repoDir: string;
  tiers: TierName[];
  /** Repetitions of every measurement; medians are reported. */
  runs: number;
  /** Concurrent connections of the HTTP load test. */
  connections: number;
  /** Length of each HTTP load test, seconds. */
  durationSeconds: number;
  /** Measure building and loading the word-vector cache (default true). */
  embeddingTable?: boolean;
  /** Write V8 CPU profiles of the child phases here (`node --cpu-prof`). */
  cpuProfileDir?: string;
  /** Keep the scratch directory (corpora, indexes, server logs) instead of deleting it. */
  keepWorkDir?: boolean;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

/** Upper bound on any single phase (ms): a stuck child is killed, the bench fails. */
const phaseTimeoutMs = 30 * 60_000;

/**
 * Runs the benchmark: for each tier, prepare the corpus, ingest it `runs`
 * times (each phase in its own process), measure retrieval and answering
 * in-process, then start-up, memory and HTTP throughput of the real server
 * beside a bare Hono route; then the embedding table. Scratch files go to
 * a temporary directory, removed at the end unless `keepWorkDir`.
 *
 * @throws Error from a failing phase (its message names the phase and the child's output).
 */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const log = options.log ?? (() => {});
  const startedAt = new Date().toISOString();
  const loadAtStart = os.loadavg()[0]!;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'support-bot-bench-'));
  const cacheDir = path.join(options.repoDir, '.cache');
  const worker: WorkerOptions = { repoDir: options.repoDir, workDir, timeoutMs: phaseTimeoutMs, ...(options.cpuProfileDir ? { cpuProfileDir: options.cpuProfileDir } : {}) };
  try {
    log('building dist/server (npm run build), which npm start runs');
    const { entry: serverEntry } = await buildServer(options.repoDir);
    const tiers: TierReport[] = [];
    for (const name of options.tiers) {
      log(`${name}: preparing the corpus`);
      const tier = prepareTier(name, workDir, options.repoDir);
      const indexDir = path.join(workDir, name, 'index');
      const ingestRuns = [];
      for (let run = 0; run < options.runs; run += 1) {
        log(`${name}: ingest run ${run + 1}/${options.runs}`);
        ingestRuns.push(await runWorker('ingest', { knowledgeDir: tier.knowledgeDir, indexDir, cacheDir, changeShare: 0.01, revision: run + 1 }, worker));
      }
      const ingest = medianOfRuns(ingestRuns);
      log(`${name}: retrieval and answering (${tier.questions.length} questions × ${options.runs} passes)`);
      const retrieval = await runWorker('retrieval', { knowledgeDir: tier.knowledgeDir, indexDir, glossaryPath: tier.glossaryPath, cacheDir, questions: tier.questions, runs: options.runs }, worker);
      log(`${name}: server start-up and HTTP load`);
      const server = await measureServer({
        repoDir: options.repoDir,
        workDir,
        tier: name,
        knowledgeDir: tier.knowledgeDir,
        indexDir,
        glossaryPath: tier.glossaryPath,
        cacheDir,
        serverEntry,
        questions: tier.questions,
        runs: options.runs,
        connections: options.connections,
        durationSeconds: options.durationSeconds,
        readyTimeoutMs: phaseTimeoutMs,
      });
      tiers.push({ name, chunks: ingest.chunks, files: tier.files.length, ingest, retrieval, server });
      if (!options.keepWorkDir) fs.rmSync(path.join(workDir, name), { recursive: true, force: true });
    }
    const embeddingTable = options.embeddingTable === false ? undefined : await measureEmbeddingTable(options.runs, path.join(workDir, 'embedding-cache'), worker, log);
    return {
      machine: describeMachine(),
      startedAt,
      finishedAt: new Date().toISOString(),
      settings: { tiers: options.tiers, runs: options.runs, connections: options.connections, durationSeconds: options.durationSeconds },
      loadAverage: { start: loadAtStart, end: os.loadavg()[0]! },
      tiers,
      ...(embeddingTable ? { embeddingTable } : {}),
      targets: evaluateTargets(tiers),
    };
  } finally {
    if (!options.keepWorkDir) fs.rmSync(workDir, { recursive: true, force: true });
    else log(`scratch files kept in ${workDir}`);
  }
}

async function measureEmbeddingTable(runs: number, cacheDir: string, worker: WorkerOptions, log: (line: string) => void): Promise<NonNullable<BenchReport['embeddingTable']>> {
  const builds = [];
  const loads = [];
  for (let run = 0; run < runs; run += 1) {
    log(`embedding table: build and load, run ${run + 1}/${runs}`);
    builds.push(await runWorker('embedding-build', { cacheDir }, worker));
    loads.push(await runWorker('embedding-load', { cacheDir }, worker));
  }
  return { build: medianOfRuns(builds), load: medianOfRuns(loads) };
}
