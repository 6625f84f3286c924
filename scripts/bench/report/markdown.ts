import type { Percentiles } from '../statistics.js';
import { format } from './targets.js';
import type { BenchReport, TierReport } from './types.js';

const mib = (bytes: number) => bytes / 2 ** 20;
const latency = ({ p50, p95, p99 }: Percentiles) => `${format(p50)} / ${format(p95)} / ${format(p99)}`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (header: string[], rows: (string | number)[][]) => [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');

/** The bench report as Markdown: machine, then ingest, retrieval, HTTP/start-up, embedding table and targets tables. */
export function markdownReport(report: BenchReport): string {
  const { machine, settings } = report;
  return [
    `Measured ${report.finishedAt.slice(0, 10)} on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGib} GiB, Node ${machine.node} (${machine.platform}). ` +
      `Load average ${format(report.loadAverage.start)} at the start, ${format(report.loadAverage.end)} at the end (other work on the machine). ` +
      `Medians of ${settings.runs} run(s); HTTP: ${settings.connections} connections × ${settings.durationSeconds} s on loopback. Times in ms unless marked.`,
    '**Ingest** (local embeddings; wall time of `buildIndex`)\n\n' + ingestTable(report.tiers),
    '**Retrieval and answer, per query in-process** (p50 / p95 / p99 ms)\n\n' + retrievalTable(report.tiers),
    '**HTTP and start-up** (offline defaults, rate limit off; `npm start` runs the built `dist/server/start.mjs`; /v1/chat cache warm = every question asked once before the load, then the same mix; cache off = `ANSWER_CACHE_SIZE=0`; bare = Hono route returning constant JSON)\n\n' + serverTable(report.tiers),
    ...(report.embeddingTable ? ['**Embedding table** (wink GloVe 100-d JSON → int8 cache)\n\n' + embeddingTable(report)] : []),
    '**Targets** (issue 7, 2 cores)\n\n' + table(['target', 'measured', 'met'], report.targets.map((target) => [target.target, target.measured, target.met === undefined ? '—' : target.met ? 'yes' : '**no**'])),
  ].join('\n\n');
}

function ingestTable(tiers: TierReport[]): string {
  return table(
    ['corpus', 'chunks', 'cold build', 'chunks/s', 'peak RSS', 'index on disk', 're-run, nothing changed', 're-run, 1 % of files changed'],
    tiers.map(({ name, ingest }) => [
      name,
      format(ingest.chunks),
      `${format(ingest.coldMs / 1000)} s`,
      format(ingest.chunksPerSecond),
      `${format(ingest.peakRssMib)} MiB`,
      `${format(mib(ingest.indexBytes))} MiB`,
      `${format(ingest.unchangedMs)} ms`,
      `${format(ingest.changedMs / 1000)} s (${format(ingest.changedFiles)} files, ${format(ingest.reembedded)} chunks re-embedded)`,
    ]),
  );
}

function retrievalTable(tiers: TierReport[]): string {
  return table(
    ['corpus', 'queries', 'BM25 only', 'vectors only', 'hybrid', 'extractive answer', 'hybrid p50 vs previous size', 'pipeline load'],
    tiers.map(({ name, retrieval }, position) => {
      const previous = tiers[position - 1]?.retrieval.hybrid.p50;
      return [
        name,
        retrieval.queries,
        latency(retrieval.bm25),
        latency(retrieval.vectors),
        latency(retrieval.hybrid),
        latency(retrieval.answer),
        previous ? `× ${format(retrieval.hybrid.p50 / previous)}` : '—',
        `${format(retrieval.loadMs / 1000)} s`,
      ];
    }),
  );
}

function serverTable(tiers: TierReport[]): string {
  return table(
    ['corpus', 'start-up to ready (npm start)', 'start-up, server process alone', 'RSS idle', 'RSS under load', '/v1/chat req/s, cache warm', 'p99, cache warm', '/v1/chat req/s, cache off', 'p99, cache off', 'bare req/s', 'bare p99', 'chat ÷ bare (warm / off)'],
    tiers.map(({ name, server }) => [
      name,
      `${format(server.startupMs)} ms`,
      `${format(server.processStartupMs)} ms`,
      `${format(server.idleRssMib)} MiB`,
      `${format(server.loadRssMib)} MiB`,
      format(server.chat.requestsPerSecond),
      `${format(server.chat.p99Ms)} ms`,
      format(server.chatUncached.requestsPerSecond),
      `${format(server.chatUncached.p99Ms)} ms`,
      format(server.bare.requestsPerSecond),
      `${format(server.bare.p99Ms)} ms`,
      `${format(server.ratio)} / ${format(server.uncachedRatio)}`,
    ]),
  );
}

function embeddingTable(report: BenchReport): string {
  const { build, load } = report.embeddingTable!;
  return table(
    ['cache build', 'cache size', 'words', 'build peak RSS', 'cache load (fresh process)'],
    [[`${format(build.buildMs / 1000)} s`, `${format(mib(build.bytes))} MiB`, format(build.words), `${format(build.peakRssMib)} MiB`, `${format(load.loadMs)} ms`]],
  );
}
