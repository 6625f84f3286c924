/**
 * Which index build is on disk, cheaply: `npm run ingest` writes each build to
 * a new directory and re-points the `INDEX_DIR` link, and writes
 * `manifest.json` last, so the resolved directory plus the manifest's
 * modification time and size change with every build, including an index
 * copied over `INDEX_DIR` in place.
 */
import fs from 'node:fs';
import path from 'node:path';

import { indexFileNames } from '../vector-index/index-files.js';

/**
 * Signature of the build in `directory` (already resolved), e.g.
 * `/srv/data/index.builds/2026-…-ab12|1767225600123.4|2110`, or undefined
 * when it has no readable manifest.
 */
export function buildSignature(directory: string): string | undefined {
  try {
    const stat = fs.statSync(path.join(directory, indexFileNames.manifest));
    return `${directory}|${stat.mtimeMs}|${stat.size}`;
  } catch {
    return undefined;
  }
}

/** Signature of the build `indexDir` points to now (the link resolved), or undefined when there is none. */
export function currentSignature(indexDir: string): string | undefined {
  try {
    return buildSignature(fs.realpathSync(indexDir));
  } catch {
    return undefined;
  }
}
