// @ts-check
/**
 * `npm start`: runs the server as plain JavaScript, built by `npm run build`
 * into `dist/server/` (the same process: it gets the signals itself). When
 * that build is missing, or a file it was built from (listed in
 * `dist/server/sources.json`) is newer than it, rebuilds it first, so edits to
 * `src/` are always served. JavaScript, not TypeScript, because it must run
 * before anything is compiled; see `scripts/start.ts` for what the server does.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const repo = new URL('../', import.meta.url);
const entry = new URL('dist/server/start.mjs', repo);
const sources = new URL('dist/server/sources.json', repo);

/** Why the build must be redone (a file name or `missing`), or undefined when it is up to date. */
function staleBecause() {
  let builtAt;
  let files;
  try {
    builtAt = fs.statSync(entry).mtimeMs;
    files = JSON.parse(fs.readFileSync(sources, 'utf8'));
  } catch {
    return 'no build';
  }
  if (!Array.isArray(files)) return 'no list of sources';
  for (const file of files) {
    const modifiedAt = fs.statSync(new URL(String(file), repo), { throwIfNoEntry: false })?.mtimeMs;
    if (modifiedAt === undefined || modifiedAt > builtAt) return `${file} changed`;
  }
  return undefined;
}

const reason = staleBecause();
if (reason) {
  console.error(`npm start: building dist/server (${reason})`);
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: repo, stdio: ['ignore', 2, 2] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import(entry.href);
