import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { testChunk } from '../../testing/test-chunk.js';
import { loadExemplarBank } from './exemplar-bank.js';

const chunks = [testChunk('guide/sso'), testChunk('guide/sso/clock-skew'), testChunk('guide/mfa-recovery~1'), testChunk('guide/mfa-recovery~2'), testChunk('guide/api-keys/401')];

function bankFile(text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'support-bot-exemplars-')), 'exemplars.yaml');
  fs.writeFileSync(file, text);
  return file;
}

function thrown(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('loadExemplarBank', () => {
  it('labels each question with the full id of the section (or parent heading) its short name names, and keeps unanswered topics', () => {
    const file = bankFile(['answered:', '  - section: clock-skew', '    questions: ["does ntp matter?", "clock is off"]', '  - section: mfa-recovery', '    questions: ["lost my phone"]', '  - section: api-keys', '    questions: ["my key fails"]', 'not_answered:', '  - topic: pricing', '    questions: ["how much is sso?"]'].join('\n'));
    expect(loadExemplarBank(file, chunks)?.exemplars).toEqual([
      { question: 'does ntp matter?', section: 'guide/sso/clock-skew' },
      { question: 'clock is off', section: 'guide/sso/clock-skew' },
      { question: 'lost my phone', section: 'guide/mfa-recovery' },
      { question: 'my key fails', section: 'guide/api-keys' },
      { question: 'how much is sso?', topic: 'pricing' },
    ]);
  });

  it('returns undefined when the file does not exist', () => {
    expect(loadExemplarBank(path.join(os.tmpdir(), 'no-such-dir-support-bot', 'exemplars.yaml'), chunks)).toBeUndefined();
  });

  it('refuses a missing file when its path was given explicitly, and an empty file', () => {
    const missing = path.join(os.tmpdir(), 'no-such-dir-support-bot', 'exemplars.yaml');
    const error = thrown(() => loadExemplarBank(missing, chunks, { required: true }));
    expect(error.code).toBe('config_invalid');
    expect(error.message).toBe(`EXEMPLARS_PATH names ${missing}, which does not exist. Fix the path, or unset EXEMPLARS_PATH to use <KNOWLEDGE_DIR>/exemplars.yaml.`);
    expect(thrown(() => loadExemplarBank(bankFile(''), chunks)).message).toMatch(/is empty: it needs an `answered` list/);
  });

  it('refuses a section the index lacks, naming it', () => {
    const error = thrown(() => loadExemplarBank(bankFile('answered:\n  - section: clock-skw\n    questions: [a]\nnot_answered:\n  - topic: t\n    questions: [b]\n'), chunks));
    expect(error.code).toBe('config_invalid');
    expect(error.message).toContain('section "clock-skw" cannot be used: no section of the index has that id');
  });

  it('refuses a file without unanswered examples or with an empty question list', () => {
    const missing = thrown(() => loadExemplarBank(bankFile('answered:\n  - section: sso\n    questions: [a]\n'), chunks));
    expect(missing.message).toMatch(/is invalid: not_answered: /);
    const empty = thrown(() => loadExemplarBank(bankFile('answered:\n  - section: sso\n    questions: []\nnot_answered:\n  - topic: t\n    questions: [b]\n'), chunks));
    expect(empty.message).toMatch(/answered\.0\.questions: /);
  });

  it('refuses text that is not YAML', () => {
    expect(thrown(() => loadExemplarBank(bankFile('answered: [\n'), chunks)).message).toMatch(/cannot be read as YAML/);
  });
});
