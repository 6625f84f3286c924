import cliProgress from 'cli-progress';
import { buildIndex, type BuildOptions, type BuildReport } from './build-index.js';

/** Chunks to embed above which a progress bar is shown on a terminal. */
const progressBarThreshold = 200;

/**
 * Builds the index when it is missing or stale (a knowledge file added,
 * changed or deleted, or other embeddings); does nothing otherwise. Shows a
 * progress bar on a terminal for large corpora.
 *
 * @throws what {@link buildIndex} throws.
 */
export async function ensureIndex(options: Omit<BuildOptions, 'onProgress'> & { quiet?: boolean }): Promise<BuildReport> {
  let bar: cliProgress.SingleBar | undefined;
  const report = await buildIndex({
    ...options,
    onProgress: (done, total) => {
      if (options.quiet || !process.stderr.isTTY || total < progressBarThreshold) return;
      if (!bar) {
        bar = new cliProgress.SingleBar({ stream: process.stderr, format: 'embedding {bar} {value}/{total} chunks | {eta}s left' }, cliProgress.Presets.shades_classic);
        bar.start(total, 0);
      }
      bar.update(done);
    },
  });
  bar?.stop();
  return report;
}
