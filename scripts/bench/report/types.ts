import type { Machine } from '../machine.js';
import type { EmbeddingBuildFigures, EmbeddingLoadFigures, IngestFigures, RetrievalFigures } from '../phases/index.js';
import type { ServerFigures } from '../server-phase.js';
import type { TierName } from '../tiers.js';

/** Everything measured for one corpus size. */
export interface TierReport {
  name: TierName;
  /** Chunks in the index. */
  chunks: number;
  /** Knowledge pages. */
  files: number;
  ingest: IngestFigures;
  retrieval: RetrievalFigures;
  server: ServerFigures;
}

/** One target of issue 7 with the measured figure. */
export interface TargetResult {
  target: string;
  /** The measured figure, formatted with its unit, or `not run`. */
  measured: string;
  /** Undefined when the tier it needs was not run. */
  met?: boolean;
}

/** The JSON a bench run writes (`data/bench/latest.json`). */
export interface BenchReport {
  machine: Machine;
  /** ISO 8601 start and end of the run. */
  startedAt: string;
  finishedAt: string;
  settings: { tiers: TierName[]; runs: number; connections: number; durationSeconds: number };
  /** 1-minute load average (`os.loadavg()[0]`) at the start and end: other work on a shared machine shows here. */
  loadAverage: { start: number; end: number };
  tiers: TierReport[];
  embeddingTable?: { build: EmbeddingBuildFigures; load: EmbeddingLoadFigures };
  targets: TargetResult[];
}
