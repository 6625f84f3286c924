/**
 * Index reload without downtime. A new index (from `npm run ingest`, or
 * shipped by a deploy) is loaded off to the side into a complete new
 * {@link Pipeline}, checked, and only then swapped in with one assignment.
 * Requests already running keep the pipeline they started with (they took it
 * from `current()`), so they finish on the old index; the old one is freed
 * when the last of them ends. A broken or mismatched index is rejected with
 * a log line, and the old one keeps serving.
 */
import { isAppError } from '../errors.js';
import type { Logger } from '../observability/logger.js';
import type { Pipeline } from '../pipeline.js';
import { checkPipeline } from './check-pipeline.js';
import { buildSignature, currentSignature } from './index-signature.js';

/** What a reload attempt did. */
export type ReloadOutcome =
  | { status: 'swapped'; chunks: number; builtAt: string; elapsedMs: number }
  | { status: 'unchanged' }
  | { status: 'rejected'; code: string; message: string };

/** What the reloader needs. */
export interface IndexReloaderOptions {
  /** The pipeline serving now. */
  initial: Pipeline;
  /** The `INDEX_DIR` to watch. */
  indexDir: string;
  /** Loads a pipeline from the index on disk without building one (throws `index_*` AppErrors). */
  load: () => Promise<Pipeline>;
  /** Poll `indexDir` this often (ms) for a new build; 0: only explicit {@link IndexReloader.reload} calls (SIGHUP). */
  watchIntervalMs: number;
  logger: Logger;
  /** Called after each attempt (metrics). */
  onOutcome?: (outcome: ReloadOutcome, pipeline: Pipeline) => void;
}

/** A running reloader. */
export interface IndexReloader {
  /** The pipeline to use for a new request. */
  current(): Pipeline;
  /**
   * Loads the index on disk and swaps it in. Without `force`, does nothing
   * when the build on disk is the one being served, or one already rejected.
   * Attempts run one at a time. Never throws.
   */
  reload(trigger: string, options?: { force?: boolean }): Promise<ReloadOutcome>;
  /** Stops watching. */
  close(): void;
}

/** Starts watching `options.indexDir` (when `watchIntervalMs` > 0). */
export function createIndexReloader({ initial, ...options }: IndexReloaderOptions): IndexReloader {
  // `initial` is not kept apart from `serving`: the first index must be freed once swapped out.
  let serving = initial;
  let servingSignature = buildSignature(serving.index.directory);
  let rejectedSignature: string | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let busy = false;

  async function attempt(trigger: string, force: boolean): Promise<ReloadOutcome> {
    const onDisk = currentSignature(options.indexDir);
    if (!force && (onDisk === servingSignature || (onDisk !== undefined && onDisk === rejectedSignature))) return { status: 'unchanged' };
    const started = performance.now();
    const previous = serving.index.manifest;
    try {
      const next = await options.load();
      await checkPipeline(next);
      serving = next;
      servingSignature = buildSignature(next.index.directory);
      rejectedSignature = undefined;
      const { chunkCount, builtAt } = next.index.manifest;
      const elapsedMs = Math.round(performance.now() - started);
      options.logger.info({ trigger, chunks: chunkCount, builtAt, previousBuiltAt: previous.builtAt, elapsedMs }, 'index reloaded');
      return { status: 'swapped', chunks: chunkCount, builtAt, elapsedMs };
    } catch (error) {
      rejectedSignature = onDisk;
      const code = isAppError(error) ? error.code : 'index_corrupt';
      const message = error instanceof Error ? error.message : String(error);
      options.logger.error({ trigger, code, servingBuiltAt: previous.builtAt, servingChunks: previous.chunkCount }, `index reload rejected, still serving the index built ${previous.builtAt}: ${message}`);
      return { status: 'rejected', code, message };
    }
  }

  function reload(trigger: string, reloadOptions: { force?: boolean } = {}): Promise<ReloadOutcome> {
    const run = queue.then(async () => {
      busy = true;
      try {
        const outcome = await attempt(trigger, reloadOptions.force ?? false);
        options.onOutcome?.(outcome, serving);
        return outcome;
      } finally {
        busy = false;
      }
    });
    queue = run.catch(() => undefined);
    return run;
  }

  const timer = options.watchIntervalMs > 0 ? setInterval(() => void (busy ? undefined : reload('watch')), options.watchIntervalMs) : undefined;
  timer?.unref();
  return { current: () => serving, reload, close: () => clearInterval(timer) };
}
