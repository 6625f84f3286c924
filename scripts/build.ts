/**
 * `npm run build` (also run by `npm install` as part of postinstall, and by
 * `npm start` when a source is newer than the build): bundles the server into
 * plain JavaScript under `dist/server/` (see `scripts/build/build-server.ts`).
 * Prints one line with the size and time; exits 1 with esbuild's message when
 * the sources do not build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildServer } from './build/build-server.js';
import { runCli } from './run-cli.js';

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await runCli(async () => {
  const started = performance.now();
  const built = await buildServer(repoDir);
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  console.log(`Built ${path.relative(repoDir, built.entry)} from ${built.sources.length} source files: ${mib(built.startupBytes)} MiB loaded at start-up (${mib(built.bytes)} MiB with the chat-model chunks) in ${Math.round(performance.now() - started)} ms.`);
});
