import { describe, expect, it } from 'vitest';
import { cosineSimilarity, remediationCoverage, type EmbedTexts } from './coverage.js';

const answer = [
  '- Use the backup codes you stored offline during enrollment [1].',
  '- An administrator can reset your MFA [1].',
  '',
  'Sources:',
  '[1] Login failures › MFA recovery — register a second hardware key',
].join('\n');

const points = ['Use the backup codes stored offline', 'Ask an admin to reset MFA', 'Register a second hardware key'];

/** Topic vectors: "admin…" texts point one way, "hardware" another, the rest a third. */
const fakeEmbed: EmbedTexts = async (texts) =>
  texts.map((text) => (/admin/i.test(text) ? [1, 0, 0] : /hardware/i.test(text) ? [0, 0, 1] : [0, 1, 0]));

describe('remediationCoverage', () => {
  it('matches lexically when ≥ 0.75 of a point’s stems occur in one claim', async () => {
    // Point 1: us backup code store offlin, all in bullet 1 → 1.0. Point 2: ask admin reset mfa vs
    // administr reset mfa → 2/4. Point 3 only appears in the Sources list, which is not a claim.
    const result = await remediationCoverage(answer, points);
    expect(result.coverage).toBeCloseTo(1 / 3);
    expect(result.points.map((point) => [point.by, point.lexicalShare])).toEqual([
      ['lexical', 1],
      [null, 0.5],
      [null, 0],
    ]);
    expect(result.points[0]!.cosine).toBeNull();
  });

  it('falls back to the embedding cosine of the best claim', async () => {
    const result = await remediationCoverage(answer, points, { embed: fakeEmbed });
    expect(result.coverage).toBeCloseTo(2 / 3);
    expect(result.points[1]).toMatchObject({ matched: true, by: 'embedding', cosine: 1, claim: 'An administrator can reset your MFA [1].' });
    expect(result.points[2]).toMatchObject({ matched: false, by: null, cosine: 0 });
  });

  it('respects the cosine bar', async () => {
    const result = await remediationCoverage(answer, points, { embed: fakeEmbed, cosineThreshold: 1.01 });
    expect(result.coverage).toBeCloseTo(1 / 3);
  });

  it('is 1 with no expected points and 0 for an empty answer', async () => {
    expect((await remediationCoverage(answer, [])).coverage).toBe(1);
    expect((await remediationCoverage('', points, { embed: fakeEmbed })).coverage).toBe(0);
  });
});

describe('cosineSimilarity', () => {
  it('is a·b / (|a||b|)', () => {
    expect(cosineSimilarity([1, 0], [1, 1])).toBeCloseTo(Math.SQRT1_2);
    expect(cosineSimilarity([1, 2], [-1, -2])).toBeCloseTo(-1);
    expect(cosineSimilarity([0, 0], [1, 1])).toBe(0);
    expect(() => cosineSimilarity([1], [1, 2])).toThrow(RangeError);
  });
});
