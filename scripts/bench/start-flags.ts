import fs from 'node:fs';
import path from 'node:path';

/**
 * The Node.js flags that `npm start` gives the server (the `--` options after
 * `node` in package.json's `scripts.start`, e.g. `--expose-gc`), so that the
 * bench runs the server process as `npm start` does. `[]` when the script does
 * not run `node`.
 */
export function startFlags(repoDir: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoDir, 'package.json'), 'utf8')) as { scripts?: { start?: string } };
  const words = (manifest.scripts?.start ?? '').trim().split(/\s+/);
  const node = words.indexOf('node');
  if (node < 0) return [];
  const after = words.slice(node + 1);
  const firstOther = after.findIndex((word) => !word.startsWith('--'));
  return firstOther < 0 ? after : after.slice(0, firstOther);
}
