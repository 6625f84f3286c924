import type { ModelClient } from 'openevals';
import { describe, expect, it } from 'vitest';
import { judgeCorrectness, judgeFaithfulness, type JudgeInput } from './llm-judge.js';

/** An OpenAI-style client that records the request and answers with fixed JSON. */
function fakeClient(reply: unknown): { client: ModelClient; requests: Array<Record<string, unknown>> } {
  const requests: Array<Record<string, unknown>> = [];
  const client: ModelClient = {
    chat: {
      completions: {
        create: async (params) => {
          requests.push(params);
          return { choices: [{ message: { role: 'assistant', content: JSON.stringify(reply) } }] };
        },
      },
    },
  };
  return { client, requests };
}

const input: JudgeInput = {
  question: 'I lost my phone with the authenticator',
  answer: '- Use your backup codes [1].\n- Ask an admin to reset MFA [1].\n\nSources:\n[1] Login failures › MFA recovery',
  contexts: ['Use the backup codes you stored offline during enrollment.'],
  reference: ['Use backup codes', 'Ask an admin to reset MFA', 'Register a second key'],
};

describe('judgeFaithfulness', () => {
  it('scores supported statements ÷ statements and sends the context', async () => {
    const { client, requests } = fakeClient({
      statements: [
        { statement: 'Use backup codes.', reason: 'in context', supported: true },
        { statement: 'Ask an admin to reset MFA.', reason: 'not in context', supported: false },
      ],
    });
    const verdict = await judgeFaithfulness({ chat: client, model: 'fake-judge' }, input);
    expect(verdict.score).toBe(0.5);
    expect(verdict.statements).toHaveLength(2);
    expect(requests[0]).toMatchObject({ model: 'fake-judge', response_format: { type: 'json_schema' } });
    expect(JSON.stringify(requests[0]!.messages)).toContain('stored offline during enrollment');
  });

  it('is null when the answer makes no statement', async () => {
    const { client } = fakeClient({ statements: [] });
    expect((await judgeFaithfulness({ chat: client, model: 'fake-judge' }, input)).score).toBeNull();
  });
});

describe('judgeCorrectness', () => {
  it('scores F1 = TP ÷ (TP + ½(FP + FN))', async () => {
    const { client, requests } = fakeClient({ TP: ['backup codes', 'admin reset'], FP: ['reboot'], FN: ['second key'] });
    const verdict = await judgeCorrectness({ chat: client, model: 'fake-judge' }, input);
    // 2 / (2 + ½(1 + 1)) = 2/3
    expect(verdict.score).toBeCloseTo(2 / 3);
    expect(verdict.falseNegatives).toEqual(['second key']);
    expect(JSON.stringify(requests[0]!.messages)).toContain('Register a second key');
  });

  it('is null when nothing was classified', async () => {
    const { client } = fakeClient({ TP: [], FP: [], FN: [] });
    expect((await judgeCorrectness({ chat: client, model: 'fake-judge' }, input)).score).toBeNull();
  });
});
