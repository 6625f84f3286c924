/**
 * Smoke test of `npm run bench` (CI runs it with every test): the smallest
 * tier, one run, a 1-second load test, every phase in its own process as in
 * a real run. Asserts that the bench completes with sane figures (finite,
 * positive where they must be, no failed request), never a timing.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { markdownReport } from './report/markdown.js';
import type { BenchReport } from './report/types.js';
import { runBench } from './run-bench.js';

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let report: BenchReport;

beforeAll(async () => {
  report = await runBench({ repoDir, tiers: ['guide'], runs: 1, connections: 2, durationSeconds: 1 });
}, 240_000);

/** Every numeric leaf of `value`, with its path. */
function numbers(value: unknown, at = ''): [string, number][] {
  if (typeof value === 'number') return [[at, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => numbers(inner, at ? `${at}.${key}` : key));
}

describe('npm run bench (guide tier, one run)', { timeout: 240_000 }, () => {
  it('measures every phase with finite, non-negative figures', () => {
    const figures = numbers(report);
    expect(figures.length).toBeGreaterThan(40);
    for (const [name, value] of figures) expect(Number.isFinite(value) && value >= 0, `${name} = ${value}`).toBe(true);
  });

  it('measures real work: chunks ingested, queries answered, requests served', () => {
    const [guide] = report.tiers;
    expect(guide).toMatchObject({ name: 'guide', files: 1 });
    expect(guide!.chunks).toBeGreaterThan(10);
    expect(guide!.ingest).toMatchObject({ chunks: guide!.chunks, changedFiles: 1, reembedded: 1 });
    for (const figure of [guide!.ingest.coldMs, guide!.ingest.chunksPerSecond, guide!.ingest.indexBytes, guide!.ingest.peakRssMib, guide!.ingest.unchangedMs, guide!.ingest.changedMs]) expect(figure).toBeGreaterThan(0);
    expect(guide!.retrieval.queries).toBeGreaterThan(20);
    for (const mode of ['bm25', 'vectors', 'hybrid', 'answer'] as const) {
      const { p50, p95, p99 } = guide!.retrieval[mode];
      expect(p50).toBeGreaterThan(0);
      expect(p50 <= p95 && p95 <= p99, `${mode} percentiles in order`).toBe(true);
    }
    const { server } = guide!;
    expect(server.chat.failures).toBe(0);
    expect(server.chatUncached.failures).toBe(0);
    expect(server.bare.failures).toBe(0);
    for (const figure of [server.startupMs, server.processStartupMs, server.idleRssMib, server.loadRssMib, server.chat.requestsPerSecond, server.chatUncached.requestsPerSecond, server.bare.requestsPerSecond, server.ratio, server.uncachedRatio]) expect(figure).toBeGreaterThan(0);
    expect(report.embeddingTable!.build).toMatchObject({ words: 341_479 });
    expect(report.embeddingTable!.load.loadMs).toBeGreaterThan(0);
  });

  it('reports each target, marking those of tiers not run', () => {
    expect(report.targets).toHaveLength(8);
    expect(report.targets.filter((target) => target.measured === 'not run' && target.met === undefined)).toHaveLength(5);
    expect(report.targets.filter((target) => typeof target.met === 'boolean')).toHaveLength(3);
  });

  it('renders the Markdown tables with the machine line', () => {
    const markdown = markdownReport(report);
    expect(markdown).toMatch(/^Measured \d{4}-\d\d-\d\d on \d+ × .+, Node v\d+/);
    expect(markdown.match(/^\| guide \|/gm)).toHaveLength(3);
    expect(markdown).toContain('| Start-up to ready ≤ 1 s on the guide (npm start) |');
    expect(markdown).toContain('| corpus | start-up to ready (npm start) | start-up, server process alone |');
  });
});
