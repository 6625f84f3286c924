/**
 * Builds DOM nodes from data. Text always goes in as text nodes, never as
 * HTML, and event-handler attributes are refused, so nothing a customer or the
 * bot writes can become markup or script.
 */

/** A child: a node, or a string (added as text); null/undefined/false are skipped. */
export type Child = Node | string | null | undefined | false;

/** Attribute values; `true` sets an empty attribute, `false`/undefined leave it out. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * Creates `<tag>` with `attributes` and `children`.
 *
 * @throws {Error} for an `on…` attribute (event handlers are added with `addEventListener`).
 */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, children: Child[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (/^on/i.test(name)) throw new Error(`refusing event-handler attribute ${name}`);
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends `children` to `parent` (strings as text nodes). */
export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** `href` when it is an absolute http(s) URL, else undefined (no `javascript:`, `data:` …). */
export function safeHref(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

let counter = 0;
/** A fresh id for `for`/`aria-*` references inside the widget, e.g. `sbw-7-comment`. */
export function uniqueId(suffix: string): string {
  counter += 1;
  return `sbw-${counter}-${suffix}`;
}
