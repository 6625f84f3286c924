/**
 * Runs a full, synchronous garbage collection when the process was started
 * with `--expose-gc` (`npm start` is); otherwise does nothing.
 *
 * The server calls it once a pipeline is loaded: loading a 100k-chunk index
 * leaves ~500 MiB of garbage (the text of `chunks.json`, the parsed form of
 * `bm25.json`, replaced chunk strings) that V8 keeps resident until its next
 * full collection, which an idle server does not trigger. Measured at 100k
 * chunks: ~0.1–0.2 s; resident memory after start-up ~1.1 GiB → ~0.7 GiB.
 *
 * @returns the collection's duration in ms, or undefined when `gc` is not exposed.
 */
export function collectGarbage(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return undefined;
  const started = performance.now();
  gc();
  return performance.now() - started;
}
