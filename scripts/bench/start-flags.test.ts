import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFlags } from './start-flags.js';

function repoWithStart(start: string): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'support-bot-start-flags-'));
  fs.writeFileSync(path.join(directory, 'package.json'), JSON.stringify({ scripts: { start } }));
  return directory;
}

describe('startFlags', () => {
  it('lists the node options of npm start, before its script', () => {
    expect(startFlags(repoWithStart('exec node --expose-gc --heap-growing-percent=30 scripts/serve.mjs --port 1'))).toEqual(['--expose-gc', '--heap-growing-percent=30']);
  });

  it('is empty without options or without node', () => {
    expect(startFlags(repoWithStart('exec node scripts/serve.mjs'))).toEqual([]);
    expect(startFlags(repoWithStart('tsx scripts/start.ts'))).toEqual([]);
  });

  it('reads this repository’s start command', () => {
    expect(startFlags(path.resolve('.'))).toContain('--expose-gc');
  });
});
