/**
 * The one reading of Markdown and MDX as text, for the build (reading time, meta descriptions,
 * cross-record checks) and the tests (word counts, typography). One copy, so a new MDX component
 * or Markdown form cannot be prose to one reader and markup to another.
 */

/**
 * The Markdown of an MDX body, without what is not prose: front matter, fenced code, MDX
 * comments and the tags of components such as <Figure id="…" /> or <TableScroll label="…"> (the
 * text they wrap stays). An attribute may hold a `>` in quotes or braces, so tags are matched
 * attribute by attribute.
 */
export function mdxMarkdown(body: string): string {
  return body
    .replace(/^---\n[\s\S]*?\n---(?:\n|$)/, '')
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<\/?[A-Z][\w.]*(?:\s+(?:[^\s"'{}>/]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?))*\s*\/?>/g, ' ');
}

/**
 * Inline Markdown as plain text, for meta descriptions, feeds and search metadata: code spans,
 * links and emphasis lose their markup and keep their words.
 */
export function markdownToText(source: string): string {
  return source
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^\w*])\*([^*\s][^*]*?)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_([^_\s][^_]*?)_(?!\w)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Block Markdown as plain text: heading, quote and list markers, table rules and cell bars go;
 * then the inline markup, as markdownToText.
 */
export function blockMarkdownToText(source: string): string {
  const lines = source.split('\n').map((line) =>
    line
      .replace(/^\s*(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/, '')
      .replace(/^[\s|:-]*-{3,}[\s|:-]*$/, '')
      .replace(/\s*\|\s*/g, ' '),
  );
  return markdownToText(lines.join('\n'));
}

/** The prose of an MDX body as plain text: what a reader reads, to count and to check. */
export function mdxToText(body: string): string {
  return blockMarkdownToText(mdxMarkdown(body));
}

/** The levels of an MDX body's headings in order (2 for `##`, 3 for `###`), outside code and components. */
export function mdxHeadingLevels(body: string): number[] {
  return [...mdxMarkdown(body).matchAll(/^(#{2,6}) \S/gm)].map((m) => m[1]!.length);
}

/** The targets of the Markdown links `[text](target)` in a text. */
export function markdownLinks(source: string): string[] {
  return [...source.matchAll(/\[[^\]]+\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
}

/** The addresses of the external links in an MDX body (Markdown `[text](https://…)`). */
export function mdxExternalLinks(body: string): string[] {
  return markdownLinks(mdxMarkdown(body)).filter((href) => /^https?:/.test(href));
}
