import path from 'node:path';
import GithubSlugger from 'github-slugger';
import matter from 'gray-matter';
import { marked, type Token, type Tokens } from 'marked';
import { AppError } from '../errors.js';
import type { Chunk } from './chunk.js';
import { splitSentences } from '../text/sentences.js';

/** A heading and the Markdown tokens up to the next heading. */
interface Section {
  depth: number;
  title: string;
  anchor: string;
  tokens: Token[];
  parent?: Section;
  childCount: number;
}

const frontMatterSchemaMessage = 'front matter needs a `title` string (and optionally `url`)';

/**
 * Splits one knowledge page into section chunks, one per heading (the page's
 * H1 is its title, not a chunk, unless it has text of its own). A section
 * becomes a chunk when it has text, or when it is a leaf heading with no text
 * (the guide names a cause but gives no steps: the chunk keeps `steps: []`).
 *
 * @param markdown - file contents, with YAML front matter (`title`, optional `url`).
 * @param source - path relative to the knowledge directory, e.g. `login-failures.md`.
 * @returns chunks in document order.
 * @throws {AppError} `bad_request` when the front matter has no title.
 */
export function parseKnowledgePage(markdown: string, source: string): Chunk[] {
  const { data, content } = matter(markdown);
  if (typeof data.title !== 'string' || data.title.trim() === '') {
    throw new AppError('bad_request', `${source}: ${frontMatterSchemaMessage}`);
  }
  const title = data.title.trim();
  const url = typeof data.url === 'string' ? data.url : undefined;
  const sections = collectSections(marked.lexer(content), title);
  const stem = source.replace(/\.md$/i, '').split(path.sep).join('/');
  return sections
    .filter((section) => section.depth > 0 && (hasText(section) || section.childCount === 0))
    .filter((section) => !(section.depth === 1 && !hasText(section)))
    .map((section) => toChunk(section, { stem, source, title, url }));
}

function collectSections(tokens: Token[], title: string): Section[] {
  const slugger = new GithubSlugger();
  const root: Section = { depth: 0, title, anchor: '', tokens: [], childCount: 0 };
  const sections: Section[] = [root];
  const stack: Section[] = [root];
  for (const token of tokens) {
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      while (stack.length > 1 && stack[stack.length - 1]!.depth >= heading.depth) stack.pop();
      const parent = stack[stack.length - 1]!;
      const section: Section = { depth: heading.depth, title: heading.text.trim(), anchor: slugger.slug(heading.text), tokens: [], parent, childCount: 0 };
      parent.childCount += 1;
      sections.push(section);
      stack.push(section);
    } else if (token.type !== 'space') {
      stack[stack.length - 1]!.tokens.push(token);
    }
  }
  return sections;
}

function hasText(section: Section): boolean {
  return section.tokens.some((token) => 'raw' in token && token.raw.trim() !== '');
}

function ancestry(section: Section): Section[] {
  const chain: Section[] = [];
  for (let current: Section | undefined = section; current && current.depth > 0; current = current.parent) chain.unshift(current);
  return chain;
}

function toChunk(section: Section, page: { stem: string; source: string; title: string; url?: string }): Chunk {
  const chain = ancestry(section);
  const belowTitle = chain[0]?.depth === 1 ? chain.slice(1) : chain;
  const idPath = belowTitle.map((item) => item.anchor.replace(/-+/g, '-'));
  const headingPath = chain[0]?.depth === 1 ? chain.map((item) => item.title) : [page.title, ...chain.map((item) => item.title)];
  const steps: string[] = [];
  const lead: string[] = [];
  for (const token of section.tokens) {
    if (token.type === 'list') steps.push(...(token as Tokens.List).items.map((item) => plain(item.text)));
    else if (token.type === 'paragraph') lead.push(...splitSentences(plain((token as Tokens.Paragraph).text)));
  }
  const context = chain
    .slice(0, -1)
    .flatMap((ancestor) => [ancestor.title, ...ancestor.tokens.filter((token) => token.type === 'paragraph').map((token) => plain((token as Tokens.Paragraph).text))])
    .join('\n');
  return {
    id: [page.stem, ...idPath].join('/'),
    source: page.source,
    title: page.title,
    headingPath,
    section: headingPath.join(' › '),
    anchor: section.anchor,
    ...(page.url ? { url: page.url } : {}),
    text: section.tokens.map((token) => token.raw).join('\n').trim(),
    context,
    steps,
    lead,
  };
}

/** Markdown inline text → plain text (drops backticks, emphasis and link targets). */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
