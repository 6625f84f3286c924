import path from 'node:path';
import { loadTest, type LoadFigures } from './load-test.js';
import { processMemory } from './machine.js';
import { spawnServer, type SpawnedServer } from './spawn-server.js';
import { medianOfRuns } from './statistics.js';

/** Input of {@link measureServer}. */
export interface ServerInput {
  repoDir: string;
  /** Scratch directory for logs and the feedback database. */
  workDir: string;
  /** Tier name, for file names. */
  tier: string;
  knowledgeDir: string;
  /** A built index of `knowledgeDir` (start-up then only checks it is up to date). */
  indexDir: string;
  glossaryPath: string;
  cacheDir: string;
  /** `scripts/start.ts` bundled by `bundleServer`. */
  bundleFile: string;
  questions: string[];
  runs: number;
  connections: number;
  durationSeconds: number;
  readyTimeoutMs: number;
}

/** Start-up, memory and throughput of the real server next to a bare Hono route. Times ms, memory MiB. */
export interface ServerFigures {
  /** `npm start` (node --import tsx scripts/start.ts) to the first 200 of GET /healthz. */
  startupMs: number;
  /** The same with `scripts/start.ts` bundled by esbuild (`node start.mjs`): start-up without tsx. */
  bundledStartupMs: number;
  /** Resident memory 0.5 s after ready, before any request. */
  idleRssMib: number;
  /** Highest resident memory sampled while loaded. */
  loadRssMib: number;
  chat: LoadFigures;
  bare: LoadFigures;
  /** chat requests/s ÷ bare requests/s (target ≥ 0.5). */
  ratio: number;
}

/** Questions sent once, one at a time, before the load: first-use compilation and caches. */
const warmUpQuestions = 50;

/**
 * Per run: times the start-up of the esbuild bundle of the server, then
 * starts the bot exactly as `npm start` does (offline defaults; rate limit
 * off, feedback database in the scratch directory, logs to a file),
 * measures start-up and idle memory, loads `POST /v1/chat` with
 * autocannon; then the same load on the bare route. The order of the two
 * alternates between runs. Figures are medians over runs.
 *
 * @throws Error when a server does not start or a load test has failures.
 */
export async function measureServer(input: ServerInput): Promise<ServerFigures> {
  const runs: ServerFigures[] = [];
  for (let run = 0; run < input.runs; run += 1) {
    const botFirst = run % 2 === 0;
    const earlierBare = botFirst ? undefined : await measureBareOnce(input, run);
    const bot = await measureBotOnce(input, run);
    const bare = earlierBare ?? (await measureBareOnce(input, run));
    runs.push({ ...bot, bare, ratio: bot.chat.requestsPerSecond / bare.requestsPerSecond });
  }
  return medianOfRuns(runs);
}

async function measureBotOnce(input: ServerInput, run: number): Promise<Omit<ServerFigures, 'bare' | 'ratio'>> {
  const start = (args: string[], name: string) =>
    spawnServer({
      args,
      environment: {
        PORT: '{port}',
        HOST: '127.0.0.1',
        KNOWLEDGE_DIR: input.knowledgeDir,
        INDEX_DIR: input.indexDir,
        GLOSSARY_PATH: input.glossaryPath,
        EMBEDDINGS_CACHE_DIR: input.cacheDir,
        FEEDBACK_DB_PATH: path.join(input.workDir, `feedback-${input.tier}-${run}.sqlite`),
        RATE_LIMIT_CHAT: '0',
      },
      cwd: input.repoDir,
      logFile: path.join(input.workDir, `${name}-${input.tier}-${run}.log`),
      readyTimeoutMs: input.readyTimeoutMs,
    });
  const bundled = await start([input.bundleFile], 'bundled');
  await bundled.stop();
  const server = await start(['--import', 'tsx', 'scripts/start.ts'], 'server');
  try {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const idleRssMib = processMemory(server.child.pid!)?.currentMib ?? Number.NaN;
    const chat = await loadAfterWarmUp(server, input);
    return { startupMs: server.readyMs, bundledStartupMs: bundled.readyMs, idleRssMib, loadRssMib: chat.peakRssMib ?? Number.NaN, chat };
  } finally {
    await server.stop();
  }
}

async function measureBareOnce(input: ServerInput, run: number): Promise<LoadFigures> {
  const server = await spawnServer({
    args: ['--import', 'tsx', 'scripts/bench/bare-server.ts', '{port}'],
    environment: {},
    cwd: input.repoDir,
    logFile: path.join(input.workDir, `bare-${input.tier}-${run}.log`),
    readyTimeoutMs: input.readyTimeoutMs,
  });
  try {
    return await loadAfterWarmUp(server, input);
  } finally {
    await server.stop();
  }
}

async function loadAfterWarmUp(server: SpawnedServer, input: ServerInput): Promise<LoadFigures> {
  for (const question of input.questions.slice(0, warmUpQuestions)) {
    const response = await fetch(`${server.url}/v1/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }), signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
  }
  const figures = await loadTest({ url: server.url, connections: input.connections, durationSeconds: input.durationSeconds, questions: input.questions, pid: server.child.pid });
  if (figures.failures > 0) throw new Error(`${figures.failures} of ${figures.requests} requests to ${server.url}/v1/chat failed (errors, timeouts or non-2xx); see the server log in ${input.workDir}`);
  return figures;
}
