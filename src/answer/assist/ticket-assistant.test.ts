import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../config/index.js';
import type { AppError } from '../../errors.js';
import { createPipeline, type Pipeline } from '../../pipeline.js';
import { createTicketAssistantFromConfig } from './from-config.js';
import { loadQuestionTable } from './follow-up-questions.js';
import { createModelRewording } from './model-rewording.js';
import { createTicketAssistant } from './ticket-assistant.js';
import type { AssistResult, TicketAssistant } from './types.js';

let pipeline: Pipeline;
let config: Config;
let assistant: TicketAssistant;

beforeAll(async () => {
  const indexDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'support-bot-assist-')), 'index');
  config = loadConfig({ ...process.env, INDEX_DIR: indexDir, CHAT_PROVIDER: 'none', EMBEDDINGS_PROVIDER: 'local' });
  pipeline = await createPipeline(config);
  assistant = createTicketAssistantFromConfig(pipeline, config);
}, 60_000);

const sectionsOf = (result: AssistResult) => result.problems.map((problem) => problem.sectionIds);

/** Every line of the draft that carries `[n]` is a lead sentence or step of the cited section (or the "names it without steps" line): nothing is invented. */
function expectOnlyGuideText(result: AssistResult): void {
  const cited = result.replyDraft.split('\n').filter((line) => /\[\d+\]$/.test(line));
  expect(cited.length).toBeGreaterThan(0);
  for (const line of cited) {
    const [, text, n] = /^(?:- )?(.*) \[(\d+)\]$/.exec(line)!;
    const citation = result.citations.find((candidate) => candidate.n === Number(n));
    const chunk = pipeline.chunks.find((candidate) => candidate.id === citation?.id);
    expect(chunk, line).toBeDefined();
    expect([...chunk!.steps, ...chunk!.lead].includes(text!) || text!.startsWith('The guide lists'), line).toBe(true);
  }
}

describe('ticket assistant (offline, real guide)', () => {
  it('splits an email thread about a 401 from CI and an expired invite into two problems, in guide order, with a cited draft', async () => {
    const ticket = [
      'Hi Planasonix team,',
      '',
      'Two things are blocking us today.',
      '',
      'Our nightly export script calls the API and since this morning every call returns 401 Unauthorized.',
      'Also, I invited our new analyst on Friday but her invite expired before she could accept it.',
      '',
      'Thanks,',
      'Tom',
      '',
      'On Fri, 7 Mar 2025 at 09:12, Planasonix Support <support@planasonix.com> wrote:',
      '> Could you check whether your key was rotated? Re-import the IdP metadata after certificate rotation.',
    ].join('\n');
    const result = await assistant.assist({ ticket });
    expect(result.problems.map((problem) => [problem.sectionIds[0], problem.covered, problem.citations[0]])).toEqual([
      ['login-failures/account-disabled-or-invite-not-accepted', true, 1],
      ['login-failures/api-key-problems/401-invalid-key', true, 2],
    ]);
    expect(result.problems[0]!.evidence).toEqual(['I invited our new analyst on Friday but her invite expired before she could accept it.']);
    expect(result.problems[0]!.confidence).toBeGreaterThan(0.3);
    expect(result.abstained).toBe(false);
    expect(result.replyDraft).toMatch(/^Hi,\n\nThanks for getting in touch\. You described 2 separate problems\. Here is what to try for each, in this order:\n\n\*\*Account disabled or invite not accepted\*\*/);
    expect(result.replyDraft).toContain('- Ask an org admin to restore access or to resend the invite. [1]');
    expect(result.replyDraft).toContain('- Confirm the Authorization scheme and check the header for trailing whitespace. [2]');
    expect(result.replyDraft).toContain('Best regards,\n[Your name]\nPlanasonix Support');
    expect(result.replyDraft).toMatch(/\*\*Sources\*\*\n\[1\] Login failures › Account disabled or invite not accepted\n\[2\] Login failures › API key problems › 401 \/ invalid key/);
    expect(result.replyDraft).not.toContain('metadata'); // the quoted support reply is not triaged
    // The 401 problem may also bring "API calls from automation" (a script calling the API): selectSections' pair choice.
    expect(result.citations.slice(0, 2).map((citation) => [citation.n, citation.id])).toEqual([
      [1, 'login-failures/account-disabled-or-invite-not-accepted'],
      [2, 'login-failures/api-key-problems/401-invalid-key'],
    ]);
    expect(result.citations.map((citation) => citation.n)).toEqual(result.problems.flatMap((problem) => problem.citations));
    expect(result.questionsToAsk).toContain('Does it fail for every key or one?');
    expect(result.questionsToAsk).toContain('Which email address was the invite sent to, and roughly when?');
    expect(result.questionsToAsk).toContain('Does it happen for every user, or only for some (which ones)?');
    expectOnlyGuideText(result);
  });

  it('handles SSO and MFA in one ticket and marks the part the guide does not cover, without inventing steps', async () => {
    const ticket =
      'We use Okta. Since Monday all users get "Invalid SAML response" after we rotated the signing certificate. ' +
      'Separately, our CFO lost her phone with the authenticator app and can’t log in. ' +
      'Also the billing page shows the wrong invoice amount for March.';
    const result = await assistant.assist({ ticket, context: { idp: 'Okta', sso: true } });
    expect(sectionsOf(result)).toEqual([['login-failures/sso-configuration-issues/metadata-and-endpoints'], ['login-failures/mfa-recovery'], []]);
    const uncovered = result.problems[2]!;
    expect(uncovered).toEqual({
      summary: 'The billing page shows the wrong invoice amount for March.',
      evidence: ['The billing page shows the wrong invoice amount for March.'],
      sectionIds: [],
      citations: [],
      confidence: 0,
      covered: false,
    });
    expect(result.replyDraft).toContain(
      'You also mentioned: “The billing page shows the wrong invoice amount for March.” Our troubleshooting guide doesn\'t cover this, so rather than guess, I\'ve passed it to the team and we\'ll follow up with you.',
    );
    expect(result.replyDraft).not.toMatch(/invoice.*\[\d\]/);
    expect(result.questionsToAsk[0]).toBe('Did your IdP signing certificate change recently?');
    expect(result.questionsToAsk).toContain('Do the ACS URL and Entity ID configured in Okta match the ones Planasonix shows exactly, including trailing slashes and https?');
    expect(result.questionsToAsk).toContain('Do you still have the backup codes you saved when you set up MFA?');
    expectOnlyGuideText(result);
  });

  it('orders IP lockout after the 403 (guide order) and keeps each to its own section', async () => {
    const ticket = 'After our security team tightened the IP allowlist, nobody can log in from home anymore. And our Airflow DAG gets 403 forbidden when it tries to write pipelines.';
    const result = await assistant.assist({ ticket, context: { plan: 'Enterprise' } });
    expect(sectionsOf(result)).toEqual([['login-failures/api-key-problems/403-insufficient-scope'], ['login-failures/ip-lockout-recovery']]);
    expect(result.questionsToAsk).not.toContain('Which plan is your organisation on? (A temporary policy bypass depends on your contract.)');
    expectOnlyGuideText(result);
  });

  it('says the team will follow up, on sections the guide names without steps', async () => {
    const result = await assistant.assist({ ticket: 'The login page keeps loading forever in Chrome and cookies are blocked.' });
    expect(result.problems).toMatchObject([{ sectionIds: ['login-failures/browser-or-cookie-issues'], covered: false }]);
    expect(result.abstained).toBe(false);
    expect(result.replyDraft).toContain("Our guide doesn't give steps for this, so rather than guess, I've passed it to the team and we'll follow up with you.");
    expect(result.replyDraft).not.toMatch(/^- /m);
  });

  it('never puts secrets from the ticket or its context in the draft, the problems or the questions', async () => {
    const secrets = ['sk_live_51HxYzAbCdEfGhIjKlMnOpQr', 'Hunter2-secret!', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXZhbHVl'];
    const ticket = [
      `Our script fails with 401 invalid key ${secrets[0]} even though the header looks right.`,
      `The billing export fails since my password is ${secrets[1]} now.`,
      `Okta SSO login keeps redirecting in a loop with token ${secrets[3]}.`,
    ].join('\n');
    const result = await assistant.assist({ ticket, context: { idp: `Okta ${secrets[2]}` } });
    const everything = JSON.stringify(result);
    for (const secret of secrets) expect(everything).not.toContain(secret.slice(0, 12));
    expect(result.secretsRedacted).toBe(true);
    const apiKeyProblem = result.problems.find((problem) => problem.sectionIds.includes('login-failures/api-key-problems/401-invalid-key'));
    expect(apiKeyProblem?.evidence).toEqual(['Our script fails with 401 invalid key [REDACTED API KEY] even though the header looks right.']);
    expect(result.questionsToAsk.some((question) => question.includes('Okta [REDACTED API KEY]'))).toBe(true);
    expect(result.replyDraft).toContain('For your security: your message included what looks like a password, API key or token.');
  });

  it('abstains with a follow-up promise, and no citations, when nothing in the ticket is covered', async () => {
    const result = await assistant.assist({ ticket: 'The CSV export to S3 produces empty files since the upgrade. The dashboard charts show wrong totals.' });
    expect(result.abstained).toBe(true);
    expect(result.citations).toEqual([]);
    expect(result.problems.map((problem) => [problem.summary, problem.covered])).toEqual([
      ['The CSV export to S3 produces empty files since the upgrade.', false],
      ['The dashboard charts show wrong totals.', false],
    ]);
    expect(result.replyDraft).not.toContain('[1]');
    expect(result.replyDraft).not.toContain('**Sources**');
    expect(result.replyDraft).toContain("Our troubleshooting guide doesn't cover these, so rather than guess, I've passed them to the team and we'll follow up with you.");
    expect(result.questionsToAsk).toHaveLength(3);
  });

  it('finds no problem in chatter and asks the generic questions', async () => {
    const result = await assistant.assist({ ticket: 'Hello, please fix this ASAP, it is urgent! Thanks' });
    expect(result).toMatchObject({ problems: [], citations: [], abstained: true });
    expect(result.replyDraft).toContain("I couldn't match what you describe to a step in our login troubleshooting guide");
    expect(result.questionsToAsk[0]).toBe('Does it happen for every user, or only for some (which ones)?');
  });
});

describe('ticket assistant with a chat model', () => {
  const withModel = (responses: string[], errors: AppError[] = []) =>
    createTicketAssistant({
      retriever: pipeline.retriever,
      judge: pipeline.judge,
      chunks: pipeline.chunks,
      k: config.retrieval.k,
      questions: loadQuestionTable(config.assist.questionsPath, pipeline.chunks.map((chunk) => chunk.id)),
      rewording: createModelRewording({ model: new FakeListChatModel({ responses }), timeoutMs: 5_000, onModelError: (error) => errors.push(error) }),
    });

  it('uses the model’s wording, keeping only citations of the problem’s sections', async () => {
    const result = await withModel(['Use the backup codes you stored offline when you set up MFA [1]. An admin can also reset MFA for you [1][7].']).assist({ ticket: 'I lost my phone with the authenticator app.' });
    expect(result.replyDraft).toContain('Use the backup codes you stored offline when you set up MFA [1]. An admin can also reset MFA for you [1].');
    expect(result.replyDraft).not.toContain('[7]');
    expect(result.replyDraft).toContain('**Sources**\n[1] Login failures › MFA recovery');
    expect(result.replyDraft.match(/\*\*Sources\*\*/g)).toHaveLength(1);
    expect(result.degraded).toBe(false);
  });

  it('keeps the extractive text and reports degraded when the model fails', async () => {
    const errors: AppError[] = [];
    const result = await withModel([''], errors).assist({ ticket: 'I lost my phone with the authenticator app.' });
    expect(result.degraded).toBe(true);
    expect(result.replyDraft).toContain('- Use the backup codes you stored offline during enrollment. [1]');
    expect(errors.map((error) => error.code)).toEqual(['model_unavailable']);
  });
});
