/**
 * The small Markdown subset answers use, parsed into plain data (no HTML):
 * lines of text, `- ` bullets, `**bold**`, `` `code` ``, `[text](https://…)`,
 * bare `https://…` URLs and `[n]` citations. Anything else stays literal
 * text, so an answer or question containing HTML is shown, never run.
 * Runs in the browser and in tests.
 */

/** A run of inline content. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'citation'; n: number };

/** A block: one line of text, or a bullet list. */
export type Block = { kind: 'paragraph'; inlines: Inline[] } | { kind: 'list'; items: Inline[][] };

const inlinePattern = /\*\*([^*\n]+?)\*\*|`([^`\n]+)`|\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)|\[(\d{1,3})\]|(https?:\/\/[^\s)<>\]"']+)/g;
const trailingPunctuation = /[.,;:!?]+$/;

/** Inline content of one line. */
export function parseInline(line: string): Inline[] {
  const result: Inline[] = [];
  const pushText = (text: string) => {
    if (text === '') return;
    const last = result[result.length - 1];
    if (last?.kind === 'text') last.text += text;
    else result.push({ kind: 'text', text });
  };
  let position = 0;
  for (const match of line.matchAll(inlinePattern)) {
    pushText(line.slice(position, match.index));
    position = match.index + match[0].length;
    const [, strong, code, linkText, linkHref, citation, bareUrl] = match;
    if (strong !== undefined) result.push({ kind: 'strong', text: strong });
    else if (code !== undefined) result.push({ kind: 'code', text: code });
    else if (linkText !== undefined && linkHref !== undefined) result.push({ kind: 'link', text: linkText, href: linkHref });
    else if (citation !== undefined) result.push({ kind: 'citation', n: Number(citation) });
    else if (bareUrl !== undefined) {
      const punctuation = trailingPunctuation.exec(bareUrl)?.[0] ?? '';
      const href = bareUrl.slice(0, bareUrl.length - punctuation.length);
      result.push({ kind: 'link', text: href, href });
      pushText(punctuation);
    }
  }
  pushText(line.slice(position));
  return result;
}

/** Blocks of an answer: each non-empty line is a paragraph; consecutive `- ` / `* ` lines form a list. */
export function parseAnswer(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const rawLine of markdown.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '') continue;
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    if (bullet) {
      const item = parseInline(bullet[1]!);
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'list') last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
    } else {
      blocks.push({ kind: 'paragraph', inlines: parseInline(line) });
    }
  }
  return blocks;
}

/** The answer without its trailing `**Sources**` list (the widget renders sources from the citations). */
export function withoutSourcesList(markdown: string): string {
  const start = markdown.search(/(^|\n)\*\*Sources\*\*\s*(\n|$)/);
  return start === -1 ? markdown : markdown.slice(0, start).trimEnd();
}
