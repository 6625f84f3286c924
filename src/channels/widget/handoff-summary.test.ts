import type { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';

import { createTestPipeline } from '../../testing/test-pipeline.js';
import { createApp } from '../http/app.js';
import { handoffSummary } from './handoff-summary.js';
import type { DoneEvent } from './stream-events.js';
import { jsonPost, readEvents } from './test-helpers.js';

/** Passwords as customers paste them: in a proxy URL, on their own, after "is:", in German. */
const secrets = ['Secr3t-Proxy', 'P@ssw0rd123', 'Hunter2!', 'Sommer2024!'];
const question = `how much does the enterprise plan cost? our proxy is https://bob:${secrets[0]}@proxy.example.com and I typed ${secrets[1]}`;
const history = [
  { role: 'user' as const, content: `do you offer invoices by post? my password is: ${secrets[2]}` },
  { role: 'assistant' as const, content: 'I could not find that in the guide.' },
  { role: 'user' as const, content: `mein Passwort ist ${secrets[3]}` },
];

describe('handoffSummary', () => {
  it('quotes the question and earlier customer messages with every pasted password redacted', () => {
    expect(handoffSummary({ question, history })).toBe(
      [
        'Question from the Planasonix help chat:',
        'how much does the enterprise plan cost? our proxy is https://bob:[REDACTED]@proxy.example.com and I typed [REDACTED]',
        '',
        'Earlier in the conversation:',
        '- do you offer invoices by post? my password is: [REDACTED]',
        '- mein Passwort ist [REDACTED]',
        '',
        'The help bot could not find this in the troubleshooting guide.',
      ].join('\n'),
    );
  });

  it('cuts a long message to 500 characters with a secret near the cut redacted, not half-quoted', () => {
    const long = `${'a'.repeat(480)} password: ${'x'.repeat(40)}`;
    const summary = handoffSummary({ question: long });
    expect(summary).not.toContain('xxx');
    expect(summary.split('\n')[1]).toHaveLength(500);
  });
});

describe('done.handoff.summary of POST /v1/chat/stream', () => {
  let app: Hono;
  beforeAll(async () => {
    const { pipeline } = await createTestPipeline();
    app = createApp({ pipeline: () => pipeline, answerer: 'extractive', maxBodyBytes: 64 * 1024, widget: { handoffUrl: 'https://help.example.com/contact' } });
  }, 60_000);

  it('never carries a password pasted in the question or the history, nor does any other event', async () => {
    const response = await app.request('/v1/chat/stream', jsonPost({ question, history }));
    expect(response.status).toBe(200);
    const events = await readEvents(response);
    const done = events.find((event) => event.event === 'done')!.data as DoneEvent['data'];
    expect(done.abstained).toBe(true);
    expect(done.handoff!.summary).toContain('https://bob:[REDACTED]@proxy.example.com');
    expect(done.handoff!.summary).toContain('- mein Passwort ist [REDACTED]');
    for (const secret of secrets) expect(JSON.stringify(events)).not.toContain(secret);
  });
});
