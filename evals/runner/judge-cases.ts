import type { AnswerResult } from '../../src/answer/types.js';
import type { Chunk } from '../../src/ingest/chunk.js';
import { judgeCorrectness, judgeFaithfulness, type JudgeModel } from '../metrics/index.js';
import type { CaseResult } from './case-result.js';
import { chunkSourceText } from './score-case.js';

/**
 * Adds LLM-as-judge faithfulness and correctness to a scored case, when the
 * case expects an answer and got one. Faithfulness reads the retrieved
 * chunks; correctness reads the expected points and the expected sections'
 * text. A judge failure is recorded on the case (`judge.error`), not thrown.
 */
export async function judgeCase(judge: JudgeModel, scored: CaseResult, result: AnswerResult | undefined, chunks: readonly Chunk[]): Promise<void> {
  if (!result || result.abstained || scored.expectAbstain || scored.error !== undefined) return;
  const byId = new Map(chunks.map((chunk) => [chunk.id, chunk]));
  const input = {
    question: scored.question,
    answer: result.answer,
    contexts: result.retrieved.map((item) => chunkSourceText(item.chunk)),
    reference: [...scored.expectedPoints, ...scored.expectedSections.flatMap((id) => (byId.has(id) ? [chunkSourceText(byId.get(id)!)] : []))],
  };
  try {
    const [faithfulness, correctness] = await Promise.all([judgeFaithfulness(judge, input), judgeCorrectness(judge, input)]);
    scored.judge = { faithfulness, correctness };
  } catch (error) {
    scored.judge = { faithfulness: null, correctness: null, error: error instanceof Error ? error.message : String(error) };
  }
}
