import { measureEmbeddingBuild, measureEmbeddingLoad, type EmbeddingBuildFigures, type EmbeddingLoadFigures, type EmbeddingTableInput } from './embedding-table.js';
import { measureIngest, type IngestFigures, type IngestInput } from './ingest.js';
import { measureRetrieval, type RetrievalFigures, type RetrievalInput } from './retrieval.js';

/** Phases that run in a child process (see `run-worker.ts`), by name. */
export const phases = {
  ingest: measureIngest,
  retrieval: measureRetrieval,
  'embedding-build': measureEmbeddingBuild,
  'embedding-load': measureEmbeddingLoad,
} as const;

/** Name of a child-process phase. */
export type PhaseName = keyof typeof phases;

/** Input of each phase. */
export interface PhaseInputs {
  ingest: IngestInput;
  retrieval: RetrievalInput;
  'embedding-build': EmbeddingTableInput;
  'embedding-load': EmbeddingTableInput;
}

/** Figures of each phase. */
export interface PhaseOutputs {
  ingest: IngestFigures;
  retrieval: RetrievalFigures;
  'embedding-build': EmbeddingBuildFigures;
  'embedding-load': EmbeddingLoadFigures;
}

export type { EmbeddingBuildFigures, EmbeddingLoadFigures, IngestFigures, RetrievalFigures };
