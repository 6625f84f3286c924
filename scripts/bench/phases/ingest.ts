import fs from 'node:fs';
import path from 'node:path';
import { buildIndex } from '../../../src/ingest/build-index.js';
import { createEmbeddings } from '../../../src/models/embeddings.js';
import { reviseSyntheticFiles } from '../../../src/testing/synthetic-corpus.js';

/** Input of {@link measureIngest}. */
export interface IngestInput {
  knowledgeDir: string;
  /** Index to build from scratch (removed first). */
  indexDir: string;
  /** Word-vector cache directory (local embeddings). */
  cacheDir: string;
  /** Share of the knowledge files to edit for the incremental re-run (0.01 = 1 %). */
  changeShare: number;
  /** Distinguishes this run's edits from earlier runs' (each run must change the text). */
  revision: number;
}

/** Figures of one ingest run. Times in ms, sizes in bytes, memory in MiB. */
export interface IngestFigures {
  chunks: number;
  coldMs: number;
  chunksPerSecond: number;
  /** Peak resident memory of the ingest process (high-water mark after the cold build). */
  peakRssMib: number;
  /** Bytes of the built index directory (one build). */
  indexBytes: number;
  /** Re-run with no file changed (nothing written). */
  unchangedMs: number;
  /** Re-run after editing `changeShare` of the files. */
  changedMs: number;
  changedFiles: number;
  /** Chunks re-embedded by the changed re-run. */
  reembedded: number;
}

/**
 * `npm run ingest` three ways, with local embeddings: a cold build, a re-run
 * with nothing changed, and a re-run after editing `changeShare` of the
 * pages (one section each). Embeddings are loaded before the clock starts.
 *
 * @throws Error when a re-run does not do what it should (e.g. the unchanged run rebuilds).
 */
export async function measureIngest(input: IngestInput): Promise<IngestFigures> {
  const { embeddings, descriptor } = await createEmbeddings({ provider: 'local', cacheDir: input.cacheDir });
  const build = () => buildIndex({ knowledgeDir: input.knowledgeDir, indexDir: input.indexDir, embeddings, descriptor });
  fs.rmSync(input.indexDir, { recursive: true, force: true });
  fs.rmSync(`${input.indexDir}.builds`, { recursive: true, force: true });
  const cold = await timed(build);
  const peakRssMib = process.resourceUsage().maxRSS / 1024;
  const indexBytes = directoryBytes(fs.realpathSync(input.indexDir));
  const unchanged = await timed(build);
  if (unchanged.result.status !== 'unchanged') throw new Error('the re-run with nothing changed rebuilt the index');
  const revised = reviseSyntheticFiles(readPages(input.knowledgeDir), input.changeShare, input.revision);
  for (const file of revised) fs.writeFileSync(path.join(input.knowledgeDir, file.path), file.markdown);
  const changed = await timed(build);
  if (changed.result.status !== 'built' || changed.result.embedded === 0) throw new Error('the re-run after edits embedded nothing');
  return {
    chunks: cold.result.chunkCount,
    coldMs: cold.ms,
    chunksPerSecond: cold.result.chunkCount / (cold.ms / 1000),
    peakRssMib,
    indexBytes,
    unchangedMs: unchanged.ms,
    changedMs: changed.ms,
    changedFiles: revised.length,
    reembedded: changed.result.embedded,
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

function readPages(knowledgeDir: string): { path: string; markdown: string }[] {
  return fs
    .readdirSync(knowledgeDir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => ({ path: file, markdown: fs.readFileSync(path.join(knowledgeDir, file), 'utf8') }));
}

function directoryBytes(directory: string): number {
  return fs.readdirSync(directory).reduce((sum, name) => sum + fs.statSync(path.join(directory, name)).size, 0);
}
