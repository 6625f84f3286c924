import { describe, expect, it } from 'vitest';
import type { ScoredChunk } from '../../retrieval/types.js';
import type { Assessment } from '../answerability.js';
import { EvidenceCollector } from './candidate-evidence.js';
import { testChunk } from '../../testing/test-chunk.js';

function scored(id: string, score: number, bm25: number, cosine: number): ScoredChunk {
  return { chunk: testChunk(id, { text: `${id} text`, context: '' }), score, bm25, cosine };
}

function assessment(coverage: number, coveredWeight: number, ownCoverage = coverage): Assessment {
  return { coverage, coveredWeight, ownCoverage, words: [], codeMismatch: false, answerable: coverage >= 0.5 };
}

describe('EvidenceCollector', () => {
  it('records whole-message rank, best scores, clause tops and the best clause assessment of each candidate', () => {
    const collector = new EvidenceCollector();
    collector.whole([scored('a', 0.03, 4, 0.5), scored('b', 0.02, 2, 0.7)]);
    collector.clause({ index: 0, count: 3, reportsProblem: true, asks: false }, [scored('b', 0.03, 5, 0.6), scored('c', 0.01, 1, 0.2)], new Map([['b', assessment(0.4, 1.2)], ['c', assessment(0.9, 0.3)]]));
    collector.clause({ index: 2, count: 3, reportsProblem: false, asks: true }, [scored('b', 0.03, 3, 0.1)], new Map([['b', assessment(0.6, 0.8, 0.5)]]));
    collector.chosen([scored('b', 0.03, 5, 0.6), scored('c', 0.01, 1, 0.2)]);

    const [a, b, c] = collector.candidates();
    expect(a).toMatchObject({ wholeRank: 0, bm25: 4, cosine: 0.5, clauseTops: 0, chosen: false, chosenFirst: false });
    expect(a!.best).toBeUndefined();
    // b: rank 1 in the whole retrieval, first in two clauses, best BM25 5 and cosine 0.7 over all retrievals;
    // its best assessment is the last clause's (coverage 0.6 beats 0.4).
    expect(b).toMatchObject({ wholeRank: 1, bm25: 5, cosine: 0.7, clauseTops: 2, chosen: true, chosenFirst: true });
    expect(b!.best).toEqual({ coverage: 0.6, ownCoverage: 0.5, coveredWeight: 0.8, position: 1, last: true, reportsProblem: false, asks: true });
    expect(c).toMatchObject({ clauseTops: 0, chosen: true, chosenFirst: false });
    expect(c!.wholeRank).toBeUndefined();
    expect(c!.best).toMatchObject({ coverage: 0.9, position: 0, last: false, reportsProblem: true });
    // The first retrieval's scores stay on the item (what citations show).
    expect(b!.item.score).toBe(0.02);
  });

  it('breaks equal coverage by covered weight, and a one-clause message sits at position 0 and is its last clause', () => {
    const collector = new EvidenceCollector();
    collector.clause({ index: 0, count: 1, reportsProblem: false, asks: false }, [scored('a', 1, 1, 1)], new Map([['a', assessment(0.5, 0.2)]]));
    collector.clause({ index: 0, count: 1, reportsProblem: true, asks: false }, [scored('a', 1, 1, 1)], new Map([['a', assessment(0.5, 0.9)]]));
    expect(collector.candidates()[0]!.best).toMatchObject({ coverage: 0.5, coveredWeight: 0.9, position: 0, last: true, reportsProblem: true });
  });
});
