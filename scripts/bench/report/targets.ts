import type { TargetResult, TierReport } from './types.js';

/**
 * Issue 7's targets (for 2 cores), each with the figure measured in this
 * run; a target whose tier was not run is reported as `not run`.
 */
export function evaluateTargets(tiers: TierReport[]): TargetResult[] {
  const tier = (name: string) => tiers.find((item) => item.name === name);
  const guide = tier('guide');
  const full = tier('100k');
  const check = (target: string, report: TierReport | undefined, figure: (report: TierReport) => number, unit: string, met: (value: number) => boolean): TargetResult => {
    if (!report) return { target, measured: 'not run' };
    const value = figure(report);
    return { target, measured: `${format(value)} ${unit}`.trim(), met: met(value) };
  };
  return [
    check('Hybrid retrieval at 100k chunks: p50 ≤ 5 ms', full, (report) => report.retrieval.hybrid.p50, 'ms', (value) => value <= 5),
    check('Hybrid retrieval at 100k chunks: p99 ≤ 20 ms', full, (report) => report.retrieval.hybrid.p99, 'ms', (value) => value <= 20),
    check('Hybrid retrieval on the guide: p50 well under 1 ms (≤ 0.5 ms)', guide, (report) => report.retrieval.hybrid.p50, 'ms', (value) => value <= 0.5),
    withNote(check('POST /v1/chat ≥ half the requests/s of a bare Hono route (guide, offline default)', guide, (report) => report.server.ratio, '× bare', (value) => value >= 0.5), guide && `cache warm; cache off: ${format(guide.server.uncachedRatio)} × bare`),
    withNote(check('Start-up to ready ≤ 1 s on the guide (npm start)', guide, (report) => report.server.startupMs, 'ms', (value) => value <= 1000), guide && `server process alone: ${format(guide.server.processStartupMs)} ms`),
    check('Server RSS ≤ 1 GB with a 100k-chunk index (peak under load)', full, (report) => report.server.loadRssMib, 'MiB', (value) => value <= 1024),
    check('Ingest of 100k chunks with local embeddings ≤ 3 min', full, (report) => report.ingest.coldMs / 1000, 's', (value) => value <= 180),
    check('Unchanged re-run of ingest at 100k ≤ 5 s', full, (report) => report.ingest.unchangedMs / 1000, 's', (value) => value <= 5),
  ];
}

function withNote(result: TargetResult, note: string | undefined): TargetResult {
  return note && result.met !== undefined ? { ...result, measured: `${result.measured} (${note})` } : result;
}

/** A figure with sensible precision: 3 significant digits, no exponent. */
export function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  const digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
