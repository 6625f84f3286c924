import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, evalConfigs, selectConfigs } from './configs.js';

describe('selectConfigs', () => {
  it('runs every offline config by default and adds hybrid+llm with a chat model', () => {
    expect(selectConfigs(undefined, false).map((config) => config.name)).toEqual(['bm25', 'bm25-no-glossary', 'vectors', 'hybrid-no-glossary', 'hybrid-no-rerank', 'hybrid-no-exemplars', 'hybrid-rules', 'hybrid']);
    expect(selectConfigs(undefined, true).map((config) => config.name)).toContain('hybrid+llm');
  });
  it('keeps report order for named configs and rejects unknown or impossible ones', () => {
    expect(selectConfigs(['hybrid', 'bm25'], false).map((config) => config.name)).toEqual(['bm25', 'hybrid']);
    expect(() => selectConfigs(['bm42'], false)).toThrow(/unknown config bm42/);
    expect(() => selectConfigs(['hybrid+llm'], false)).toThrow(/needs a chat model/);
  });
  it('makes the default config the production pipeline', () => {
    expect(evalConfigs.find((config) => config.name === DEFAULT_CONFIG)?.options).toEqual({ bm25: true, vectors: true, glossary: true, answerer: 'extractive' });
  });
});
