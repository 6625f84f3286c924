import { describe, expect, it } from 'vitest';
import { abstainedResult, citationFor, mfaExtractiveResult, mfaRecoveryChunk } from '../../answer/llm/test-fixtures.js';
import type { AnswerResult } from '../../answer/types.js';
import { answerBody, answerMessage } from './answer-message.js';
import { maxBlocks, maxTextLength, splitMrkdwn, type Block, type SlackMessage } from './block-kit.js';

/** Checks a message against Slack's Block Kit limits and returns its blocks. */
function withinSlackLimits(message: SlackMessage): Block[] {
  const blocks = message.blocks ?? [];
  expect(blocks.length).toBeGreaterThan(0);
  expect(blocks.length).toBeLessThanOrEqual(maxBlocks);
  for (const block of blocks) {
    if (block.type === 'section') expect(block.text.text.length).toBeLessThanOrEqual(maxTextLength);
    if (block.type === 'context') for (const element of block.elements) expect(element.text.length).toBeLessThanOrEqual(maxTextLength);
  }
  expect(message.text.length).toBeLessThanOrEqual(maxTextLength);
  return blocks;
}

const texts = (blocks: Block[]) => blocks.map((block) => (block.type === 'section' ? block.text.text : block.type === 'context' ? block.elements[0]?.text : '---'));

describe('answerMessage', () => {
  it('lays out a cited answer: mrkdwn answer, divider, sources, context line', () => {
    const message = answerMessage(mfaExtractiveResult, { visibility: 'ephemeral', handoff: { channel: 'C0HUMANS01' } });
    expect(message.response_type).toBe('ephemeral');
    const blocks = withinSlackLimits(message);
    expect(blocks.map((block) => block.type)).toEqual(['section', 'divider', 'section', 'context']);
    expect(texts(blocks)[0]).toBe(
      '*MFA recovery*\nIf you lose your TOTP device: [1]\n• Use the backup codes you stored offline during enrollment. [1]\n• Ask an admin to reset MFA after identity verification, per your policy. [1]\n• For hardware keys, register a second key before travel. [1]',
    );
    expect(texts(blocks)[2]).toBe('*Sources*\n[1] Login failures › MFA recovery');
    expect(texts(blocks)[3]).toContain('From the Planasonix guide _Login failures_');
    expect(message.text).toContain('*MFA recovery*');
  });

  it('links each source to its guide section when the page has a URL', () => {
    const chunk = { ...mfaRecoveryChunk, url: 'https://docs.planasonix.com/login-failures' };
    const result: AnswerResult = { ...mfaExtractiveResult, citations: [citationFor(chunk, 1, 0.03)] };
    const blocks = withinSlackLimits(answerMessage(result, { visibility: 'in_channel', handoff: {} }));
    expect(texts(blocks)[2]).toBe('*Sources*\n[1] <https://docs.planasonix.com/login-failures#mfa-recovery|Login failures › MFA recovery>');
  });

  it('says plainly when the guide does not cover the question and points to the human support channel', () => {
    const message = answerMessage(abstainedResult, { visibility: 'in_channel', handoff: { channel: 'C0HUMANS01', url: 'https://support.planasonix.com/contact' } });
    const blocks = withinSlackLimits(message);
    expect(blocks.map((block) => block.type)).toEqual(['section', 'section', 'context']);
    expect(texts(blocks)[0]).toContain("I couldn't find this in the Planasonix login troubleshooting guide");
    expect(texts(blocks)[1]).toBe('A person can help: ask in <#C0HUMANS01>.');
    expect(texts(blocks)[2]).toContain('does not cover this');
    expect(message.text).toContain("doesn't cover");
  });

  it('names a channel given by name as plain text', () => {
    const blocks = withinSlackLimits(answerMessage(abstainedResult, { visibility: 'ephemeral', handoff: { channel: 'support-humans' } }));
    expect(texts(blocks)[1]).toBe('A person can help: ask in #support-humans.');
  });

  it('splits a long answer into sections of at most 3,000 characters without losing text', () => {
    const lines = Array.from({ length: 120 }, (_, index) => `- Step ${index}: ${'check the login settings '.repeat(3)}[1]`);
    const result: AnswerResult = { ...mfaExtractiveResult, answer: `**Long**\n${lines.join('\n')}\n\n**Sources**\n[1] Login failures › MFA recovery` };
    const blocks = withinSlackLimits(answerMessage(result, { visibility: 'ephemeral', handoff: {} }));
    const sections = blocks.filter((block) => block.type === 'section').slice(0, -1);
    expect(sections.length).toBeGreaterThan(3);
    const joined = sections.map((block) => (block.type === 'section' ? block.text.text : '')).join('\n');
    expect(joined.split('\n').filter((line) => line.startsWith('• Step')).length).toBe(120);
  });

  it('never exceeds 50 blocks: an enormous answer is shortened with a note and keeps sources and context', () => {
    const result: AnswerResult = { ...mfaExtractiveResult, answer: Array.from({ length: 3000 }, (_, index) => `Paragraph ${index} ${'x'.repeat(60)} [1]`).join('\n\n') };
    const blocks = withinSlackLimits(answerMessage(result, { visibility: 'ephemeral', handoff: {} }));
    expect(blocks).toHaveLength(maxBlocks);
    expect(texts(blocks).at(-4)).toContain('did not fit in one Slack message');
    expect(blocks.at(-1)?.type).toBe('context');
    expect(texts(blocks).at(-2)).toContain('*Sources*');
  });

  it('puts a notice above the answer when asked', () => {
    const blocks = withinSlackLimits(answerMessage(mfaExtractiveResult, { visibility: 'ephemeral', handoff: {}, notice: 'Shown only to you <because>.' }));
    expect(texts(blocks)[0]).toBe('_Shown only to you &lt;because&gt;._');
  });
});

describe('answerBody', () => {
  it('drops the trailing Markdown Sources list', () => {
    expect(answerBody(mfaExtractiveResult.answer)).not.toContain('Sources');
    expect(answerBody('No sources here.')).toBe('No sources here.');
  });
});

describe('splitMrkdwn', () => {
  it('never cuts inside a <url|text> link or an entity when it must cut a long word run', () => {
    const text = `${'a'.repeat(2990)}<https://x.test/${'b'.repeat(40)}|link>`;
    const pieces = splitMrkdwn(text, 3000);
    expect(pieces).toEqual(['a'.repeat(2990), `<https://x.test/${'b'.repeat(40)}|link>`]);
    expect(splitMrkdwn(`${'a'.repeat(2997)}&amp;b`, 3000)).toEqual(['a'.repeat(2997), '&amp;b']);
  });
});
