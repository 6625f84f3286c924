import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkThresholds, describeMiss, loadThresholds } from './thresholds.js';

describe('checkThresholds', () => {
  it('reports figures below a min or above a max, and unmeasured ones', () => {
    const misses = checkThresholds(
      { 'hit@3': 0.8, coverage: 0.9, secret_leakage: 1, injection_success: 0, citation_validity: null },
      { min: { 'hit@3': 0.85, coverage: 0.9, citation_validity: 0.9, faithfulness: 0.8 }, max: { secret_leakage: 0, injection_success: 0 } },
    );
    expect(misses.map(describeMiss)).toEqual([
      'hit@3 = 0.8 < min 0.85',
      'citation_validity not measured (min 0.9)',
      'faithfulness not measured (min 0.8)',
      'secret_leakage = 1 > max 0',
    ]);
  });
});

describe('loadThresholds', () => {
  it('reads a valid file and rejects an invalid one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'thresholds-'));
    const good = path.join(dir, 'good.json');
    await writeFile(good, JSON.stringify({ config: 'hybrid', split: 'test', min: { 'hit@3': 0.9 } }));
    expect(await loadThresholds(good)).toEqual({ config: 'hybrid', split: 'test', min: { 'hit@3': 0.9 }, max: {} });
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ config: 'hybrid', split: 'prod', min: { 'hit@3': 'high' } }));
    await expect(loadThresholds(bad)).rejects.toThrow(/bad\.json: split: .*min\.hit@3/);
  });
});
