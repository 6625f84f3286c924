/**
 * Customer text quoted inside the Markdown reply draft must read as text:
 * `*bold*`, `[links](…)`, `<html>`, `` `code` ``, `~~strike~~` or a `[1]`
 * that looks like a citation must not turn into formatting, links or markup
 * when the draft is rendered.
 */

/** Characters that start inline Markdown (CommonMark 0.31 §2.4 backslash escapes; `~` and `|` for GFM strikethrough and tables). */
const inlineMarkdown = /[\\`*_[\]<>~&|]/g;

/**
 * `text` with every character that could start inline Markdown or HTML
 * backslash-escaped, e.g. `see *this* [1]` → `see \*this\* \[1\]`. Meant for
 * text quoted mid-line (line-start syntax such as `#` or `-` is not escaped).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(inlineMarkdown, (character) => `\\${character}`);
}
