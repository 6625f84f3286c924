import { describe, expect, it } from 'vitest';
import { parseKnowledgePage } from '../ingest/parse-markdown.js';
import { splitLongChunk } from '../ingest/split-long.js';
import { generateSyntheticCorpus, reviseSyntheticFiles } from './synthetic-corpus.js';
import { SeededRandom } from './seeded-random.js';

const chunksOf = (files: { path: string; markdown: string }[]) => files.flatMap((file) => parseKnowledgePage(file.markdown, file.path).flatMap((chunk) => splitLongChunk(chunk)));

describe('generateSyntheticCorpus', () => {
  it('yields exactly the requested number of chunks, with unique ids and headings', () => {
    const corpus = generateSyntheticCorpus({ chunks: 1_010 });
    const chunks = chunksOf(corpus.files);
    expect(corpus.files).toHaveLength(51);
    expect(chunks).toHaveLength(1_010);
    expect(new Set(chunks.map((chunk) => chunk.id)).size).toBe(1_010);
    expect(chunks.every((chunk) => chunk.steps.length >= 2 && chunk.lead.length >= 1 && chunk.text.length <= 1_500)).toBe(true);
    expect(chunks.filter((chunk) => chunk.headingPath.length === 3).length).toBeGreaterThan(200); // H3 sub-sections
  });

  it('is deterministic per seed', () => {
    const first = generateSyntheticCorpus({ chunks: 200 });
    expect(generateSyntheticCorpus({ chunks: 200 })).toEqual(first);
    expect(generateSyntheticCorpus({ chunks: 200, seed: 8 }).files[0]!.markdown).not.toBe(first.files[0]!.markdown);
  });

  it('writes support English and customer questions about it', () => {
    const corpus = generateSyntheticCorpus({ chunks: 100, questions: 30 });
    expect(corpus.files[0]!.markdown).toMatch(/^---\ntitle: .+ troubleshooting\n---\n\n# .+\n\n## .+\n\n.+\.\n\n- .+/);
    expect(corpus.questions).toHaveLength(30);
    expect(corpus.questions.filter((question) => /what should we do\?$/.test(question)).length).toBe(27);
  });
});

describe('reviseSyntheticFiles', () => {
  it('edits the given share of files, one chunk each', () => {
    const corpus = generateSyntheticCorpus({ chunks: 2_000 });
    const revised = reviseSyntheticFiles(corpus.files, 0.1, 3);
    expect(revised).toHaveLength(10);
    const before = new Map(chunksOf(corpus.files).map((chunk) => [chunk.id, chunk.text]));
    const changed = chunksOf(revised).filter((chunk) => before.get(chunk.id) !== chunk.text);
    expect(changed).toHaveLength(10);
    expect(reviseSyntheticFiles(corpus.files.slice(0, 1), 0.01)).toHaveLength(1);
  });
});

describe('SeededRandom', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, ((random) => () => random.integer(1, 6))(new SeededRandom(seed)));
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    const random = new SeededRandom(9);
    const values = Array.from({ length: 1_000 }, () => random.next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(new SeededRandom(3).sample([1, 2, 3, 4], 4).sort()).toEqual([1, 2, 3, 4]);
  });
});
