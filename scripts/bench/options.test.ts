import { describe, expect, it } from 'vitest';
import { parseBenchArguments } from './options.js';

describe('parseBenchArguments', () => {
  it('defaults to the small tiers, 3 runs, 10 connections for 5 s', () => {
    expect(parseBenchArguments([])).toMatchObject({ tiers: ['guide', '1k', '10k'], runs: 3, connections: 10, durationSeconds: 5, embeddingTable: true, outDir: 'data/bench' });
  });

  it('puts the 100k tier behind --full or an explicit --tiers/--tier', () => {
    expect(parseBenchArguments(['--full']).tiers).toEqual(['guide', '1k', '10k', '100k']);
    expect(parseBenchArguments(['--tier', '100k']).tiers).toEqual(['100k']);
    expect(parseBenchArguments(['--tiers', '10k,guide']).tiers).toEqual(['guide', '10k']);
  });

  it('rejects unknown tiers and unbounded settings, naming the flag', () => {
    expect(() => parseBenchArguments(['--tiers', '1m'])).toThrow(/--tiers takes guide, 1k, 10k, 100k; got "1m"/);
    expect(() => parseBenchArguments(['--connections', '1000'])).toThrow(/--connections must be an integer from 1 to 100/);
    expect(() => parseBenchArguments(['--duration', '0'])).toThrow(/--duration/);
    expect(() => parseBenchArguments(['--runs', '2.5'])).toThrow(/--runs/);
  });
});
