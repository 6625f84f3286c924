import { beforeAll, describe, expect, it } from 'vitest';
import { createTestPipeline } from '../../testing/test-pipeline.js';
import { createTicketAssistantFromConfig } from './from-config.js';
import type { TicketAssistant } from './types.js';

let assistant: TicketAssistant;

beforeAll(async () => {
  const { pipeline, config } = await createTestPipeline();
  assistant = createTicketAssistantFromConfig(pipeline, config);
}, 60_000);

describe('reply draft quoting the customer ("You mentioned: …")', () => {
  it('quotes statements the guide does not cover without the passwords pasted in them', async () => {
    const secrets = ['Secr3t-Proxy', 'P@ssw0rd123', 'Hunter2!'];
    const ticket = [
      'Our CFO lost her phone with the authenticator app.',
      `Also the billing page shows the wrong invoice amount for March, proxy https://bob:${secrets[0]}@proxy.example.com.`,
      `And the invoice PDF shows the wrong VAT number although I typed ${secrets[1]} into the billing form, password is: ${secrets[2]}`,
    ].join('\n');
    const result = await assistant.assist({ ticket });
    expect(result.problems.map((problem) => problem.sectionIds[0])).toContain('login-failures/mfa-recovery');
    expect(result.replyDraft).toContain('You also mentioned:\n- “The billing page shows the wrong invoice amount for March, proxy https://bob:\\[REDACTED\\]@proxy.example.com.”');
    expect(result.replyDraft).toContain('- “The invoice PDF shows the wrong VAT number although I typed \\[REDACTED\\] into the billing form, password is: \\[REDACTED\\].”');
    for (const secret of secrets) expect(JSON.stringify(result)).not.toContain(secret);
    expect(result.secretsRedacted).toBe(true);
  });

  it('escapes Markdown in the quoted words, so they cannot become links, bold or HTML', async () => {
    const ticket = 'Our CFO lost her phone with the authenticator app. Also the billing page shows the wrong invoice amount, **UNPAID** <b>twice</b>, next to [our invoice](https://evil.example/pay).';
    const result = await assistant.assist({ ticket });
    const quoted = 'The billing page shows the wrong invoice amount, **UNPAID** <b>twice</b>, next to [our invoice](https://evil.example/pay).';
    expect(result.replyDraft).toContain('You also mentioned: “The billing page shows the wrong invoice amount, \\*\\*UNPAID\\*\\* \\<b\\>twice\\</b\\>, next to \\[our invoice\\](https://evil.example/pay).”');
    expect(result.replyDraft).not.toContain(quoted);
    // The JSON fields are not Markdown: the customer's words stay as typed there.
    expect(result.problems.find((problem) => problem.sectionIds.length === 0)?.evidence).toEqual([quoted]);
  });
});
