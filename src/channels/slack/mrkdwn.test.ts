import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, markdownToMrkdwn, mrkdwnLink } from './mrkdwn.js';

describe('escapeMrkdwn', () => {
  it("escapes Slack's control characters &, < and > (and nothing else)", () => {
    expect(escapeMrkdwn('a & b < c > d "e"')).toBe('a &amp; b &lt; c &gt; d "e"');
  });
});

describe('mrkdwnLink', () => {
  it('builds <url|text>, escaping both and replacing the | separator in the text', () => {
    expect(mrkdwnLink('https://x.test/?a=1&b=2#s', 'A | B > C')).toBe('<https://x.test/?a=1&amp;b=2#s|A ¦ B &gt; C>');
  });
});

describe('markdownToMrkdwn', () => {
  it('converts an extractive answer: bold heading, bullets, citations kept', () => {
    const markdown = '**MFA recovery**\nIf you lose your TOTP device: [1]\n- Use the backup codes. [1]\n- Ask an admin to reset MFA. [1]';
    expect(markdownToMrkdwn(markdown)).toBe('*MFA recovery*\nIf you lose your TOTP device: [1]\n• Use the backup codes. [1]\n• Ask an admin to reset MFA. [1]');
  });

  it('converts links, italics, strikethrough, headings and nested bullets', () => {
    expect(markdownToMrkdwn('See [the guide](https://docs.test/login#mfa) and *really* ~~not~~ this.')).toBe('See <https://docs.test/login#mfa|the guide> and _really_ ~not~ this.');
    expect(markdownToMrkdwn('## Steps **now**')).toBe('*Steps now*');
    expect(markdownToMrkdwn('  * nested item')).toBe('  • nested item');
    expect(markdownToMrkdwn('+ plus item')).toBe('• plus item');
  });

  it('escapes user-controlled markup so it cannot ping a channel or forge a link', () => {
    expect(markdownToMrkdwn('hello <!channel> & <https://evil.test|bank>')).toBe('hello &lt;!channel&gt; &amp; &lt;https://evil.test|bank&gt;');
  });

  it('keeps code spans and fenced blocks verbatim apart from escaping', () => {
    expect(markdownToMrkdwn('Run `curl -H "a<b" **x**`')).toBe('Run `curl -H "a&lt;b" **x**`');
    expect(markdownToMrkdwn('```\n- not a bullet <x>\n```')).toBe('```\n- not a bullet &lt;x&gt;\n```');
  });

  it('leaves plain bracketed citations and bare URLs alone', () => {
    expect(markdownToMrkdwn('Contact support (https://support.planasonix.com/contact). [2]')).toBe('Contact support (https://support.planasonix.com/contact). [2]');
  });
});
