import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { createLLMAsJudge, type ModelClient } from 'openevals';
import { z } from 'zod';

/** A judge model: a LangChain chat model (e.g. `ChatOpenAI`) or an OpenAI-style client with `model`. */
export type JudgeModel = { chat: BaseChatModel; model?: undefined } | { chat: ModelClient; model: string };

/** What the judges read about one case. */
export interface JudgeInput {
  question: string;
  /** The bot's answer (Markdown; its Sources list is part of it). */
  answer: string;
  /** Retrieved chunk texts the answer was built from (faithfulness). */
  contexts: readonly string[];
  /** What a correct answer states: expected points and the expected sections' text (correctness). */
  reference: readonly string[];
}

const faithfulnessSchema = z.strictObject({
  statements: z.array(z.strictObject({ statement: z.string(), reason: z.string(), supported: z.boolean() })),
});

const correctnessSchema = z.strictObject({
  TP: z.array(z.string()).describe('answer statements directly supported by the ground truth'),
  FP: z.array(z.string()).describe('answer statements not supported by any ground-truth statement'),
  FN: z.array(z.string()).describe('ground-truth statements the answer does not state'),
});

/**
 * Faithfulness prompt, after Ragas (Es et al. 2023, "RAGAS: Automated
 * Evaluation of Retrieval Augmented Generation", §3): break the answer into
 * stand-alone statements, then judge each against the context. Ragas makes
 * two calls (statement generation, then NLI verdicts); this makes one.
 */
export const FAITHFULNESS_PROMPT = `Given a question, an answer and a context, break every sentence and bullet of the answer into one or more fully understandable statements, with no pronouns. Ignore the Sources list, citation markers like [1], and any offer to contact support.
Then judge each statement: supported is true if the statement can be directly inferred from the context, false if it cannot.

<question>
{inputs}
</question>
<context>
{context}
</context>
<answer>
{outputs}
</answer>`;

/**
 * Answer-correctness prompt, after Ragas' answer correctness (factual part):
 * classify answer and ground-truth statements as TP, FP and FN.
 */
export const CORRECTNESS_PROMPT = `Given a ground truth and an answer, break both into stand-alone statements (ignore the answer's Sources list, citation markers like [1], and any offer to contact support) and classify each statement into exactly one category:
TP (true positive): statements in the answer that are directly supported by one or more statements in the ground truth;
FP (false positive): statements in the answer not directly supported by any statement in the ground truth;
FN (false negative): statements in the ground truth that are not present in the answer.

<question>
{inputs}
</question>
<ground_truth>
{reference_outputs}
</ground_truth>
<answer>
{outputs}
</answer>`;

/** Result of {@link judgeFaithfulness}. */
export interface FaithfulnessVerdict {
  /** Supported statements ÷ statements, in [0, 1]; `null` when the answer makes no statement. */
  score: number | null;
  statements: Array<{ statement: string; reason: string; supported: boolean }>;
}

/** Result of {@link judgeCorrectness}. */
export interface CorrectnessVerdict {
  /** F1 = |TP| ÷ (|TP| + ½(|FP| + |FN|)), in [0, 1]; `null` when all three are empty. */
  score: number | null;
  truePositives: string[];
  falsePositives: string[];
  falseNegatives: string[];
}

function evaluator(judge: JudgeModel, prompt: string, outputSchema: z.ZodObject) {
  return createLLMAsJudge({ prompt, judge: judge.chat, model: judge.model, outputSchema });
}

/**
 * LLM-as-judge faithfulness (Es et al. 2023, "RAGAS"): F = |V| ÷ |S|, where S
 * are the statements of the answer and V those the retrieved context
 * supports. Runs through openevals' `createLLMAsJudge` with a structured output.
 *
 * @throws whatever the judge model throws (network, 401, 429).
 */
export async function judgeFaithfulness(judge: JudgeModel, input: JudgeInput): Promise<FaithfulnessVerdict> {
  const raw = await evaluator(judge, FAITHFULNESS_PROMPT, faithfulnessSchema)({
    inputs: input.question,
    outputs: input.answer,
    context: input.contexts.join('\n---\n'),
  });
  const { statements } = faithfulnessSchema.parse(raw);
  const supported = statements.filter((statement) => statement.supported).length;
  return { score: statements.length === 0 ? null : supported / statements.length, statements };
}

/**
 * LLM-as-judge answer correctness, the factual part of Ragas' answer
 * correctness (Ragas docs, "Answer Correctness"): statements of the answer
 * and of the ground truth are classified TP / FP / FN and scored as
 * F1 = |TP| ÷ (|TP| + ½(|FP| + |FN|)). Ragas blends this with 0.25 × answer
 * similarity by default; only the factual F1 is reported here.
 *
 * @throws whatever the judge model throws (network, 401, 429).
 */
export async function judgeCorrectness(judge: JudgeModel, input: JudgeInput): Promise<CorrectnessVerdict> {
  const raw = await evaluator(judge, CORRECTNESS_PROMPT, correctnessSchema)({
    inputs: input.question,
    outputs: input.answer,
    referenceOutputs: input.reference.join('\n'),
  });
  const { TP, FP, FN } = correctnessSchema.parse(raw);
  const denominator = TP.length + 0.5 * (FP.length + FN.length);
  return { score: denominator === 0 ? null : TP.length / denominator, truePositives: TP, falsePositives: FP, falseNegatives: FN };
}
