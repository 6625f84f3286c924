import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { followUpQuestions, loadQuestionTable, maxQuestions, type QuestionTable } from './follow-up-questions.js';

const table: QuestionTable = {
  generic: [{ ask: 'Does it happen for every user, or only for one?' }, { ask: 'Since when?' }],
  sections: {
    'guide/sso': [{ ask: 'Which identity provider do you use?', unlessKnown: 'idp' }, { ask: 'Did the signing certificate in {idp} change recently?' }],
    'guide/password': [{ ask: 'Do you sign in with SSO?', unlessKnown: 'sso' }, { ask: 'Did the reset email arrive?' }],
    'guide/ip': [{ ask: 'Which plan are you on?', unlessKnown: 'plan' }],
  },
};

describe('followUpQuestions', () => {
  it('asks the sections’ questions in problem order, then the generic ones', () => {
    expect(followUpQuestions(table, ['guide/password', 'guide/sso'])).toEqual([
      'Do you sign in with SSO?',
      'Did the reset email arrive?',
      'Which identity provider do you use?',
      'Did the signing certificate in your identity provider change recently?',
      'Does it happen for every user, or only for one?',
      'Since when?',
    ]);
  });

  it('skips what the context already tells and names the IdP it gives', () => {
    expect(followUpQuestions(table, ['guide/password', 'guide/sso', 'guide/ip'], { sso: true, idp: 'Okta', plan: 'Enterprise' })).toEqual([
      'Did the reset email arrive?',
      'Did the signing certificate in Okta change recently?',
      'Does it happen for every user, or only for one?',
      'Since when?',
    ]);
  });

  it('asks only the generic questions when no section is involved, and never repeats a question', () => {
    expect(followUpQuestions(table, [])).toEqual(['Does it happen for every user, or only for one?', 'Since when?']);
    expect(followUpQuestions(table, ['guide/ip', 'guide/ip'])).toEqual(['Which plan are you on?', 'Does it happen for every user, or only for one?', 'Since when?']);
  });

  it(`asks at most ${maxQuestions}, keeping the generic ones`, () => {
    const many: QuestionTable = { generic: table.generic, sections: { 'guide/x': Array.from({ length: 12 }, (_, index) => ({ ask: `Question ${index}?` })) } };
    const questions = followUpQuestions(many, ['guide/x']);
    expect(questions).toHaveLength(maxQuestions);
    expect(questions.slice(-2)).toEqual(['Does it happen for every user, or only for one?', 'Since when?']);
  });
});

describe('loadQuestionTable', () => {
  const write = (text: string) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'assist-questions-')), 'questions.yaml');
    fs.writeFileSync(file, text);
    return file;
  };

  it('reads the support team’s file, whose every key is a section of the guide', () => {
    const sectionIds = [
      'login-failures/invalid-email-or-password',
      'login-failures/account-disabled-or-invite-not-accepted',
      'login-failures/browser-or-cookie-issues',
      'login-failures/sso-configuration-issues',
      'login-failures/sso-configuration-issues/metadata-and-endpoints',
      'login-failures/sso-configuration-issues/attribute-mapping',
      'login-failures/sso-configuration-issues/clock-skew',
      'login-failures/api-key-problems/401-invalid-key',
      'login-failures/api-key-problems/403-insufficient-scope',
      'login-failures/api-key-problems/key-stored-in-an-environment-variable-not-loaded',
      'login-failures/oauth-token-expiry',
      'login-failures/mfa-recovery',
      'login-failures/ip-lockout-recovery',
      'login-failures/ip-lockout-recovery/api-calls-from-automation',
    ];
    const warnings: string[] = [];
    const loaded = loadQuestionTable(path.resolve('knowledge/assist-questions.yaml'), sectionIds, (message) => warnings.push(message));
    expect(warnings).toEqual([]);
    expect(Object.keys(loaded.sections).sort()).toEqual([...sectionIds].sort());
    expect(loaded.sections['login-failures/api-key-problems/401-invalid-key']!.map((question) => question.ask)).toContain('Does it fail for every key or one?');
    expect(loaded.generic.map((question) => question.ask)).toContain('Does it happen for every user, or only for some (which ones)?');
  });

  it('drops, with a warning, questions of a section the guide no longer has', () => {
    const warnings: string[] = [];
    const file = write('sections:\n  login-failures/renamed-heading:\n    - ask: Is this still asked?\n  login-failures/mfa-recovery:\n    - ask: Backup codes?\n');
    expect(loadQuestionTable(file, ['login-failures/mfa-recovery'], (message) => warnings.push(message))).toEqual({ generic: [], sections: { 'login-failures/mfa-recovery': [{ ask: 'Backup codes?' }] } });
    expect(warnings).toEqual([expect.stringContaining('names sections the guide does not have, ignored: login-failures/renamed-heading.')]);
  });

  it('gives an empty table, with a warning, when the file is missing', () => {
    const warnings: string[] = [];
    expect(loadQuestionTable(path.join(os.tmpdir(), 'no-such-dir-assist', 'questions.yaml'), [], (message) => warnings.push(message))).toEqual({ generic: [], sections: {} });
    expect(warnings).toEqual([expect.stringContaining('not found: agent assist will suggest no follow-up questions.')]);
  });

  it('refuses invalid YAML and invalid entries with config_invalid', () => {
    expect(() => loadQuestionTable(write('generic: [\n'), [])).toThrow(expect.objectContaining({ code: 'config_invalid' }));
    expect(() => loadQuestionTable(write('generic:\n  - ask: Why?\n    unlessKnown: colour\n'), [])).toThrow(/generic\.0\.(ask|unlessKnown)/);
  });
});
