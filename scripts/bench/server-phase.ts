import fs from 'node:fs';
import path from 'node:path';
import { loadTest, type LoadFigures } from './load-test.js';
import { processMemory } from './machine.js';
import { spawnServer, type SpawnedServer } from './spawn-server.js';
import { startFlags } from './start-flags.js';
import { medianOfRuns } from './statistics.js';

/** Input of {@link measureServer}. */
export interface ServerInput {
  repoDir: string;
  /** Scratch directory for logs and the feedback databases. */
  workDir: string;
  /** Tier name, for file names. */
  tier: string;
  knowledgeDir: string;
  /** A built index of `knowledgeDir` (start-up then only checks it is up to date). */
  indexDir: string;
  glossaryPath: string;
  cacheDir: string;
  /** The built server (`dist/server/start.mjs`, by `npm run build`), up to date with the sources. */
  serverEntry: string;
  questions: string[];
  runs: number;
  connections: number;
  durationSeconds: number;
  readyTimeoutMs: number;
}

/** Start-up, memory and throughput of the real server next to a bare Hono route. Times ms, memory MiB. */
export interface ServerFigures {
  /** `npm start` (npm, then `scripts/serve.mjs` finding `dist/server` up to date, then the server) to the first 200 of GET /healthz. */
  startupMs: number;
  /** The server process alone, `node <npm start's node flags> dist/server/start.mjs`, to the first 200 of GET /healthz. */
  processStartupMs: number;
  /** Resident memory 0.5 s after ready, before any request (offline default). */
  idleRssMib: number;
  /** Highest resident memory sampled while loaded (either chat load). */
  loadRssMib: number;
  /** Offline default (answer cache on), cache warm: every question asked once before the load, then the same mix repeated. */
  chat: LoadFigures;
  /** The same mix with the answer cache off (`ANSWER_CACHE_SIZE=0`): every request answered anew. */
  chatUncached: LoadFigures;
  bare: LoadFigures;
  /** chat requests/s ÷ bare requests/s (target ≥ 0.5). */
  ratio: number;
  /** chatUncached requests/s ÷ bare requests/s. */
  uncachedRatio: number;
}

/** Questions sent once, one at a time, before the load of the bare route and of the uncached server: first-use compilation. */
const warmUpQuestions = 50;

/** What `scripts/serve.mjs` prints when it rebuilds `dist/server` before starting. */
const rebuildNotice = 'npm start: building dist/server';

/**
 * Per run: times `npm start` to ready (the real command; the server is built
 * and up to date, so this is npm, the staleness check and the server's own
 * start-up), then the server process alone (`node <its node flags> dist/server/start.mjs`),
 * which is then loaded with `POST /v1/chat` by autocannon with its answer
 * cache warm; then a server with the cache off under the same load; then the
 * same load on the bare route. All offline defaults, rate limit off, feedback
 * databases in the scratch directory, logs to files. The bare route runs
 * first on odd runs. Figures are medians over runs.
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
    runs.push({ ...bot, bare, ratio: bot.chat.requestsPerSecond / bare.requestsPerSecond, uncachedRatio: bot.chatUncached.requestsPerSecond / bare.requestsPerSecond });
  }
  return medianOfRuns(runs);
}

async function measureBotOnce(input: ServerInput, run: number): Promise<Omit<ServerFigures, 'bare' | 'ratio' | 'uncachedRatio'>> {
  const start = (command: string | undefined, args: string[], name: string, extra: Record<string, string> = {}) =>
    spawnServer({
      ...(command ? { command } : {}),
      args,
      environment: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        ...(process.env.HOME ? { HOME: process.env.HOME } : {}),
        npm_config_update_notifier: 'false',
        PORT: '{port}',
        HOST: '127.0.0.1',
        KNOWLEDGE_DIR: input.knowledgeDir,
        INDEX_DIR: input.indexDir,
        GLOSSARY_PATH: input.glossaryPath,
        EMBEDDINGS_CACHE_DIR: input.cacheDir,
        FEEDBACK_DB_PATH: path.join(input.workDir, `feedback-${name}-${input.tier}-${run}.sqlite`),
        RATE_LIMIT_CHAT: '0',
        ...extra,
      },
      cwd: input.repoDir,
      logFile: path.join(input.workDir, `${name}-${input.tier}-${run}.log`),
      readyTimeoutMs: input.readyTimeoutMs,
    });
  const startupMs = await timeNpmStart((attempt) => start('npm', ['start'], `npm-start-${attempt}`));
  const server = await start(undefined, [...startFlags(input.repoDir), input.serverEntry], 'server');
  let idleRssMib: number;
  let chat: LoadFigures;
  try {
    await new Promise((resolve) => setTimeout(resolve, 500));
    idleRssMib = processMemory(server.child.pid!)?.currentMib ?? Number.NaN;
    chat = await loadAfterWarmUp(server, input, input.questions.length);
  } finally {
    await server.stop();
  }
  const uncached = await start(undefined, [...startFlags(input.repoDir), input.serverEntry], 'server-uncached', { ANSWER_CACHE_SIZE: '0' });
  let chatUncached: LoadFigures;
  try {
    chatUncached = await loadAfterWarmUp(uncached, input, warmUpQuestions);
  } finally {
    await uncached.stop();
  }
  const loadRssMib = Math.max(chat.peakRssMib ?? Number.NaN, chatUncached.peakRssMib ?? Number.NaN);
  return { startupMs, processStartupMs: server.readyMs, idleRssMib, loadRssMib, chat, chatUncached };
}

/** Start-up of `npm start` (stopped at once). Measured again when it had to rebuild `dist/server` first (a source changed during the bench). */
async function timeNpmStart(start: (attempt: number) => Promise<SpawnedServer>): Promise<number> {
  for (let attempt = 0; ; attempt += 1) {
    const server = await start(attempt);
    await server.stop();
    if (!fs.readFileSync(server.logFile, 'utf8').includes(rebuildNotice)) return server.readyMs;
    if (attempt === 2) throw new Error('npm start rebuilt dist/server three times: sources keep changing during the bench');
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
    return await loadAfterWarmUp(server, input, warmUpQuestions);
  } finally {
    await server.stop();
  }
}

/** Asks the first `warmUp` questions, `input.connections` at a time, then runs the load test. */
async function loadAfterWarmUp(server: SpawnedServer, input: ServerInput, warmUp: number): Promise<LoadFigures> {
  const questions = input.questions.slice(0, warmUp);
  const ask = async () => {
    for (let question = questions.shift(); question !== undefined; question = questions.shift()) {
      const response = await fetch(`${server.url}/v1/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }), signal: AbortSignal.timeout(60_000) });
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: input.connections }, ask));
  const figures = await loadTest({ url: server.url, connections: input.connections, durationSeconds: input.durationSeconds, questions: input.questions, pid: server.child.pid });
  if (figures.failures > 0) throw new Error(`${figures.failures} of ${figures.requests} requests to ${server.url}/v1/chat failed (errors, timeouts or non-2xx); see the server log in ${input.workDir}`);
  return figures;
}
