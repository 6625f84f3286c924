import { describe, expect, it } from 'vitest';

import { mfaExtractiveResult } from '../../../answer/llm/test-fixtures.js';
import { parseAnswer, parseInline, withoutSourcesList } from './markdown.js';

describe('parseAnswer', () => {
  it('turns an extractive answer into paragraphs, a list and citations', () => {
    expect(parseAnswer(withoutSourcesList(mfaExtractiveResult.answer))).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'strong', text: 'MFA recovery' }] },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'If you lose your TOTP device: ' }, { kind: 'citation', n: 1 }] },
      {
        kind: 'list',
        items: [
          [{ kind: 'text', text: 'Use the backup codes you stored offline during enrollment. ' }, { kind: 'citation', n: 1 }],
          [{ kind: 'text', text: 'Ask an admin to reset MFA after identity verification, per your policy. ' }, { kind: 'citation', n: 1 }],
          [{ kind: 'text', text: 'For hardware keys, register a second key before travel. ' }, { kind: 'citation', n: 1 }],
        ],
      },
    ]);
  });

  it('keeps HTML as literal text', () => {
    const hostile = '<img src=x onerror=alert(1)> and <script>alert(2)</script>';
    expect(parseAnswer(hostile)).toEqual([{ kind: 'paragraph', inlines: [{ kind: 'text', text: hostile }] }]);
  });
});

describe('parseInline', () => {
  it('links http(s) Markdown links and bare URLs, leaving trailing punctuation outside', () => {
    expect(parseInline('Please contact support (https://support.planasonix.com/contact). See [the guide](https://docs.example.com/a#b).')).toEqual([
      { kind: 'text', text: 'Please contact support (' },
      { kind: 'link', text: 'https://support.planasonix.com/contact', href: 'https://support.planasonix.com/contact' },
      { kind: 'text', text: '). See ' },
      { kind: 'link', text: 'the guide', href: 'https://docs.example.com/a#b' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('never makes a link of javascript: or data: targets', () => {
    expect(parseInline('[click](javascript:alert(1)) [x](data:text/html,hi)')).toEqual([{ kind: 'text', text: '[click](javascript:alert(1)) [x](data:text/html,hi)' }]);
  });

  it('parses bold, code and multi-digit citations', () => {
    expect(parseInline('**Clock skew** check `NTP` [12]')).toEqual([
      { kind: 'strong', text: 'Clock skew' },
      { kind: 'text', text: ' check ' },
      { kind: 'code', text: 'NTP' },
      { kind: 'text', text: ' ' },
      { kind: 'citation', n: 12 },
    ]);
  });
});

describe('withoutSourcesList', () => {
  it('cuts the trailing Sources list and leaves other text alone', () => {
    expect(withoutSourcesList('Answer [1]\n\n**Sources**\n[1] Login failures › MFA recovery')).toBe('Answer [1]');
    expect(withoutSourcesList('No sources here, just **Sources** in a sentence.')).toBe('No sources here, just **Sources** in a sentence.');
  });
});
