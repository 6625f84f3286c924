import { describe, expect, it } from 'vitest';
import { composeReplyDraft } from './compose-draft.js';
import { escapeMarkdown } from './escape-markdown.js';

const draftFor = (uncovered: string[]) => composeReplyDraft({ problems: [], uncovered, citations: [], secretsRedacted: false });

describe('escapeMarkdown', () => {
  it('backslash-escapes inline Markdown and HTML starters and leaves other text alone', () => {
    expect(escapeMarkdown('see *this* and _that_ [1](https://evil.example) <img src=x> `rm` ~~x~~ a|b & c\\d')).toBe(
      'see \\*this\\* and \\_that\\_ \\[1\\](https://evil.example) \\<img src=x\\> \\`rm\\` \\~\\~x\\~\\~ a\\|b \\& c\\\\d',
    );
    expect(escapeMarkdown("Can't log in: error 401 (since Monday).")).toBe("Can't log in: error 401 (since Monday).");
  });
});

describe('composeReplyDraft quoting the customer', () => {
  it('quotes an uncovered statement as text: no bold, link, HTML or fake citation survives', () => {
    const draft = draftFor(['the **billing** page shows [1](javascript:alert(1)) <b>twice</b>']);
    expect(draft).toContain('You mentioned: “The \\*\\*billing\\*\\* page shows \\[1\\](javascript:alert(1)) \\<b\\>twice\\</b\\>” Our troubleshooting guide');
    expect(draft).not.toContain('**billing**');
    expect(draft).not.toContain('[1](');
  });

  it('escapes each quote of a list of uncovered statements', () => {
    const draft = draftFor(['invoices show `NaN`', 'the logo is _tiny_']);
    expect(draft).toContain('You mentioned:\n- “Invoices show \\`NaN\\`”\n- “The logo is \\_tiny\\_”\n\nOur troubleshooting guide doesn\'t cover these');
  });
});
