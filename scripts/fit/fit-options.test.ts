import { afterEach, describe, expect, it } from 'vitest';
import { parseFitOptions } from './fit-options.js';

const argv = process.argv;
afterEach(() => {
  process.argv = argv;
});

function withArgs(...args: string[]) {
  process.argv = ['node', 'fit.ts', ...args];
  return parseFitOptions('fit:thing', 'src/thing.json');
}

describe('parseFitOptions', () => {
  it('defaults to no l2 (each script chooses) and the bundled file', () => {
    expect(withArgs()).toEqual({ out: 'src/thing.json' });
    expect(withArgs('--l2', '0.25', '--out', '/tmp/x.json')).toEqual({ l2: 0.25, out: '/tmp/x.json' });
    expect(withArgs('--cases', '228')).toEqual({ out: 'src/thing.json', cases: 228 });
  });

  it('refuses a negative, non-numeric or exotic l2 and unknown options, with the usage line', () => {
    for (const bad of ['-1', 'abc', '1e3', 'Infinity']) expect(() => withArgs(`--l2=${bad}`)).toThrow(/--l2 takes a number ≥ 0[\s\S]*Usage: npm run fit:thing -- \[--l2 λ\] \[--cases N\] \[--out src\/thing.json\]/);
    expect(() => withArgs('--folds', '3')).toThrow(/Usage: npm run fit:thing/);
    for (const bad of ['0', '1.5', 'all', '-3']) expect(() => withArgs(`--cases=${bad}`)).toThrow(/--cases takes a whole number ≥ 1/);
  });
});
