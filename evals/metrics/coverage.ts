import { answerUnits } from './answer-units.js';
import { contentStems } from './text.js';

/** A point is stated lexically when at least this share of its content stems occur in one claim. */
export const LEXICAL_POINT_THRESHOLD = 0.75;

/**
 * Default cosine bar for the embedding match of {@link remediationCoverage}.
 * Calibrated on the offline model (SIF-weighted GloVe 100-d, common component
 * removed): over every (point, best claim) pair of a full eval run, the
 * highest cosine of a wrong pair was 0.81 ("API authentication" vs the
 * automation sentence of the IP lockout section), while a short point and the
 * long guide sentence that states it scored anywhere from 0.25 to 0.95. So the
 * bar sits above every wrong pair seen, at 0.85: the embedding test only
 * rescues close paraphrases, and the lexical test does most of the work.
 * Re-calibrate when the embeddings change (see evals/README.md).
 */
export const EMBEDDING_POINT_THRESHOLD = 0.85;

/** Embeds texts; one vector per text, in order (e.g. `embeddings.embedDocuments.bind(embeddings)`). */
export type EmbedTexts = (texts: string[]) => Promise<number[][]>;

/** How one expected point fared. */
export interface PointMatch {
  point: string;
  matched: boolean;
  /** Which test matched it: `lexical`, `embedding`, or `null` when missed. */
  by: 'lexical' | 'embedding' | null;
  /** Best share of the point's content stems found in one claim, in [0, 1]. */
  lexicalShare: number;
  /** Best cosine between the point and one claim; `null` without embeddings. */
  cosine: number | null;
  /** The claim that matched best (lexically, or by cosine when that matched). */
  claim: string | null;
}

/** Result of {@link remediationCoverage}. */
export interface CoverageResult {
  /** Matched points ÷ expected points, in [0, 1]; 1 when no points are expected. */
  coverage: number;
  points: PointMatch[];
}

/** Options for {@link remediationCoverage}. */
export interface CoverageOptions {
  /** Embedding function for the semantic test; without it only the lexical test runs. */
  embed?: EmbedTexts;
  /** Cosine bar (default {@link EMBEDDING_POINT_THRESHOLD}). */
  cosineThreshold?: number;
  /** Lexical bar (default {@link LEXICAL_POINT_THRESHOLD}). */
  lexicalThreshold?: number;
  /** Hand-off URL; its line is not a claim (see `answerUnits`). */
  handoffUrl?: string;
}

/**
 * Remediation coverage: the share of the case's `expected_points` (2–4 key
 * remediation phrases from the guide) that the answer states. The answer is
 * split into claims (bullets and sentences, see `answerUnits`); text is
 * normalised (lowercase; citations, Markdown and punctuation removed; stop
 * words dropped; Porter-stemmed). A point is stated when
 * (a) ≥ {@link LEXICAL_POINT_THRESHOLD} of its distinct content stems occur in
 *     one claim, or
 * (b) the cosine between the point's embedding and the best claim's
 *     embedding is ≥ the cosine bar.
 * A recall of reference "nuggets" in the manner of nugget-based QA evaluation
 * (Voorhees 2003, "Overview of the TREC 2003 Question Answering Track").
 */
export async function remediationCoverage(answer: string, points: readonly string[], options: CoverageOptions = {}): Promise<CoverageResult> {
  if (points.length === 0) return { coverage: 1, points: [] };
  const claims = answerUnits(answer, { handoffUrl: options.handoffUrl }).map((unit) => unit.text);
  const lexicalBar = options.lexicalThreshold ?? LEXICAL_POINT_THRESHOLD;
  const cosineBar = options.cosineThreshold ?? EMBEDDING_POINT_THRESHOLD;
  const vectors = options.embed && claims.length > 0 ? await options.embed([...points, ...claims]) : undefined;
  const claimStems = claims.map((claim) => new Set(contentStems(claim)));
  const results = points.map((point, pointIndex): PointMatch => {
    const stems = [...new Set(contentStems(point))];
    const lexical = best(claims, (_, claimIndex) => (stems.length === 0 ? 0 : stems.filter((stem) => claimStems[claimIndex]!.has(stem)).length / stems.length));
    const semantic = vectors ? best(claims, (_, claimIndex) => cosineSimilarity(vectors[pointIndex]!, vectors[points.length + claimIndex]!)) : undefined;
    const byLexical = (lexical?.value ?? 0) >= lexicalBar;
    const byEmbedding = !byLexical && semantic !== undefined && semantic.value >= cosineBar;
    return {
      point,
      matched: byLexical || byEmbedding,
      by: byLexical ? 'lexical' : byEmbedding ? 'embedding' : null,
      lexicalShare: lexical?.value ?? 0,
      cosine: semantic?.value ?? null,
      claim: (byEmbedding ? semantic?.item : (lexical?.item ?? semantic?.item)) ?? null,
    };
  });
  return { coverage: results.filter((result) => result.matched).length / points.length, points: results };
}

/** The item with the highest score (first on ties); `undefined` for no items. */
function best<T>(items: readonly T[], score: (item: T, index: number) => number): { item: T; value: number } | undefined {
  let top: { item: T; value: number } | undefined;
  items.forEach((item, index) => {
    const value = score(item, index);
    if (top === undefined || value > top.value) top = { item, value };
  });
  return top;
}

/**
 * Cosine similarity of two vectors, a·b ÷ (|a| |b|).
 *
 * @returns a value in [-1, 1]; 0 when either vector is zero.
 * @throws {RangeError} when the lengths differ.
 */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new RangeError(`vector lengths differ: ${a.length} vs ${b.length}`);
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let index = 0; index < a.length; index += 1) {
    dot += a[index]! * b[index]!;
    normA += a[index]! ** 2;
    normB += b[index]! ** 2;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}
