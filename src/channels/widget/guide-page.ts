import GithubSlugger from 'github-slugger';
import matter from 'gray-matter';
import { Marked, type Tokens } from 'marked';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * A knowledge page as a standalone HTML document, so citation links work
 * when the page has no public `url`: every heading gets the same GitHub-style
 * `id` the ingester gives its chunk's `anchor` (github-slugger, per page), so
 * `/guide/login-failures#mfa-recovery` scrolls to the cited section. Raw HTML
 * in the Markdown is shown as text, not rendered. Serve it with a CSP that
 * allows no scripts.
 *
 * @param markdown - the knowledge file, with front matter (`title`).
 */
export function renderGuidePage(markdown: string): string {
  const { data, content } = matter(markdown);
  const title = typeof data.title === 'string' ? data.title : 'Guide';
  const slugger = new GithubSlugger();
  const marked = new Marked({
    renderer: {
      heading(this: { parser: { parseInline(tokens: Tokens.Heading['tokens']): string } }, token: Tokens.Heading) {
        return `<h${token.depth} id="${escapeHtml(slugger.slug(token.text))}">${this.parser.parseInline(token.tokens)}</h${token.depth}>\n`;
      },
      html(token: Tokens.HTML | Tokens.Tag) {
        return escapeHtml(token.text);
      },
    },
  });
  const body = marked.parse(content, { async: false });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 16px/1.55 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1d2330; }
  h1, h2, h3 { line-height: 1.25; } h2 { margin-top: 2rem; border-bottom: 1px solid #dde1e8; padding-bottom: .25rem; }
  :target { background: #fff4c2; outline: .4rem solid #fff4c2; }
  code { background: #f1f3f6; padding: 0 .25em; border-radius: 3px; }
</style>
</head>
<body>
${body}</body>
</html>
`;
}
