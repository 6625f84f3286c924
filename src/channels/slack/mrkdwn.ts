/**
 * Markdown → Slack `mrkdwn`, per Slack's "Formatting text for app surfaces"
 * (https://api.slack.com/reference/surfaces/formatting): `&`, `<` and `>` are
 * control characters and are escaped as `&amp;`, `&lt;`, `&gt;`; bold is
 * `*x*`, italic `_x_`, strikethrough `~x~`, links `<url|text>`; there are no
 * headings or list syntax, so headings become bold lines and bullets `• `.
 * Code spans and fenced blocks are kept (escaped, not reformatted).
 */

/** Escapes Slack's three control characters. Apply to any text not meant as markup (user text, section names). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A Slack link `<url|text>`; the text is escaped and `|` (the separator) replaced. */
export function mrkdwnLink(url: string, text: string): string {
  return `<${escapeMrkdwn(url)}|${escapeMrkdwn(text).replace(/\|/g, '¦')}>`;
}

// Private-use characters mark spans already converted, so later rules leave them alone.
const slotOpen = '\uE000';
const slotClose = '\uE001';
const boldMark = '\uE002';
const slotPattern = new RegExp(`${slotOpen}(\\d+)${slotClose}`, 'g');

/** Converts one line's inline Markdown (code, links, bold, italic, strikethrough). */
function convertInline(line: string): string {
  const slots: string[] = [];
  const keep = (converted: string): string => `${slotOpen}${slots.push(converted) - 1}${slotClose}`;
  let text = line.replace(/[\uE000-\uE002]/g, '');
  text = text.replace(/`([^`\n]+)`/g, (_, code: string) => keep(`\`${escapeMrkdwn(code)}\``));
  text = text.replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g, (_, label: string, url: string) => keep(mrkdwnLink(url, label.replace(/\*\*|__/g, ''))));
  text = escapeMrkdwn(text);
  text = text.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, (_, __, inner: string) => `${boldMark}${inner}${boldMark}`);
  text = text.replace(/(?<![*\w])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![*\w])/g, '_$1_');
  text = text.replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '~$1~');
  text = text.replace(new RegExp(boldMark, 'g'), '*');
  return text.replace(slotPattern, (_, index: string) => slots[Number(index)] ?? '');
}

/**
 * Converts a Markdown answer to Slack mrkdwn, line by line: `# Heading` →
 * `*Heading*`; `- item`, `* item`, `+ item` → `• item` (indent kept);
 * `**bold**` → `*bold*`; `*italic*` → `_italic_`; `[text](https://…)` →
 * `<https://…|text>`; `&`, `<`, `>` escaped everywhere else.
 *
 * @param markdown - CommonMark-style text, e.g. an `AnswerResult.answer`.
 * @returns mrkdwn for a Block Kit `mrkdwn` text object (length not limited here).
 */
export function markdownToMrkdwn(markdown: string): string {
  let inFence = false;
  return markdown
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      if (/^\s*```/.test(line)) {
        inFence = !inFence;
        return '```';
      }
      if (inFence) return escapeMrkdwn(line);
      const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
      if (heading) return `*${convertInline((heading[1] ?? '').replace(/\*\*|__/g, ''))}*`;
      const bullet = /^(\s*)[-*+]\s+(.*)$/.exec(line);
      if (bullet) return `${bullet[1] ?? ''}• ${convertInline(bullet[2] ?? '')}`;
      return convertInline(line);
    })
    .join('\n');
}
