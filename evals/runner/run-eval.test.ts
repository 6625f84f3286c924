import type { ModelClient } from 'openevals';
import { describe, expect, it } from 'vitest';
import type { AnswerRequest } from '../../src/answer/types.js';
import { evalConfigs } from './configs.js';
import { runEval, type EvalPipeline } from './run-eval.js';
import { fixtureAnswer, fixtureCase, fixtureChunks, fixtureHandoffUrl } from './test-fixtures.js';

const [mfa] = fixtureChunks as [(typeof fixtureChunks)[0]];
const splits = {
  dev: [
    fixtureCase({ id: 'dev-001', question: 'lost my phone', expected_sections: ['login-failures/mfa-recovery'], expected_points: ['backup codes', 'reset MFA'] }),
    fixtureCase({ id: 'dev-002', kind: 'out_of_scope', question: 'weather?', expect_abstain: true }),
  ],
};

function fakePipeline(calls: string[]): EvalPipeline {
  return {
    chunks: fixtureChunks,
    embeddings: { embedDocuments: async (texts) => texts.map(() => [1, 0]) },
    answerer: {
      answer: async (request: AnswerRequest) => {
        calls.push(request.question);
        return request.question.includes('phone')
          ? fixtureAnswer('- Use the backup codes you stored offline during enrollment. [1]\n- Ask an admin to reset MFA after identity verification, per your policy. [1]', [mfa])
          : { ...fixtureAnswer(`Not in the guide. Contact support (${fixtureHandoffUrl}).`, []), abstained: true };
      },
    },
  };
}

describe('runEval', () => {
  it('builds each pipeline once and scores every case of every split', async () => {
    const built: string[] = [];
    const calls: string[] = [];
    const report = await runEval({
      configs: evalConfigs.filter((config) => config.name === 'bm25' || config.name === 'hybrid'),
      splits,
      buildPipeline: async (config) => {
        built.push(config.name);
        return fakePipeline(calls);
      },
      handoffUrl: fixtureHandoffUrl,
    });
    expect(built).toEqual(['bm25', 'hybrid']);
    expect(calls).toHaveLength(4);
    expect(report.splits).toEqual(['dev']);
    const figures = report.configs[1]!.splits.dev!.figures;
    expect(figures).toMatchObject({ cases: 2, 'hit@1': 1, coverage: 1, citation_validity: 1, abstention_accuracy: 1, faithfulness: null });
    expect(report.configs[1]!.splits.dev!.cases.every((item) => item.failures.length === 0)).toBe(true);
  });

  it('judges answered cases of chat-model configs', async () => {
    const client: ModelClient = {
      chat: {
        completions: {
          create: async (params) => {
            const prompt = JSON.stringify(params.messages);
            const reply = prompt.includes('<ground_truth>') ? { TP: ['a'], FP: [], FN: ['b'] } : { statements: [{ statement: 's', reason: 'r', supported: true }] };
            return { choices: [{ message: { role: 'assistant', content: JSON.stringify(reply) } }] };
          },
        },
      },
    };
    const report = await runEval({
      configs: evalConfigs.filter((config) => config.name === 'hybrid+llm'),
      splits,
      buildPipeline: async () => fakePipeline([]),
      handoffUrl: fixtureHandoffUrl,
      judge: { chat: client, model: 'fake-judge' },
    });
    const run = report.configs[0]!.splits.dev!;
    expect(run.figures.faithfulness).toBe(1);
    // F1 = 1 / (1 + ½·1)
    expect(run.figures.correctness).toBeCloseTo(2 / 3);
    expect(run.cases[1]!.judge).toBeUndefined();
  });
});
