/**
 * Answer Markdown → DOM nodes: paragraphs, bullets, bold, code, safe links,
 * and `[n]` citations as links to the cited guide section, plus the Sources
 * list under the answer.
 */
import type { Citation } from '../../../answer/types.js';
import { element, safeHref, type Child } from './dom.js';
import { parseAnswer, withoutSourcesList, type Inline } from './markdown.js';

/**
 * Where citation `citation` links: its `url` (page URL + `#anchor`) when the
 * knowledge page has one, else the bot's own rendering of the page,
 * `<bot>/guide/<page>#<anchor>`.
 */
export function citationHref(citation: Citation, botBase: URL): string {
  const own = safeHref(citation.url);
  if (own) return own;
  const page = citation.source.replace(/\.md$/i, '').split('/').map(encodeURIComponent).join('/');
  return new URL(`guide/${page}#${encodeURIComponent(citation.anchor)}`, botBase).href;
}

const external = { target: '_blank', rel: 'noopener noreferrer' };

function renderInline(inline: Inline, citations: Map<number, Citation>, botBase: URL): Child {
  switch (inline.kind) {
    case 'text':
      return inline.text;
    case 'strong':
      return element('strong', {}, [inline.text]);
    case 'code':
      return element('code', {}, [inline.text]);
    case 'link': {
      const href = safeHref(inline.href);
      return href ? element('a', { href, ...external }, [inline.text]) : inline.text;
    }
    case 'citation': {
      const citation = citations.get(inline.n);
      if (!citation) return element('span', { class: 'citation pending' }, [`[${inline.n}]`]);
      return element('a', { class: 'citation', href: citationHref(citation, botBase), title: citation.section, 'aria-label': `Source ${inline.n}: ${citation.section}`, ...external }, [`[${inline.n}]`]);
    }
  }
}

/**
 * The answer body (without its Sources list). Citations not known yet (while
 * streaming) show as plain `[n]`.
 */
export function renderAnswerBody(markdown: string, citations: Citation[], botBase: URL): DocumentFragment {
  const byNumber = new Map(citations.map((citation) => [citation.n, citation]));
  const line = (inlines: Inline[]) => inlines.map((inline) => renderInline(inline, byNumber, botBase));
  const fragment = document.createDocumentFragment();
  for (const block of parseAnswer(withoutSourcesList(markdown))) {
    fragment.appendChild(block.kind === 'paragraph' ? element('p', {}, line(block.inlines)) : element('ul', {}, block.items.map((item) => element('li', {}, line(item)))));
  }
  return fragment;
}

/** The Sources list: `[n] Section path`, each linked to its section. Null when nothing was cited. */
export function renderSources(citations: Citation[], botBase: URL): HTMLElement | null {
  if (citations.length === 0) return null;
  return element('section', { class: 'sources', 'aria-label': 'Sources' }, [
    element('h3', {}, ['Sources']),
    element(
      'ul',
      {},
      citations.map((citation) => element('li', {}, [`[${citation.n}] `, element('a', { href: citationHref(citation, botBase), ...external }, [citation.section])])),
    ),
  ]);
}
