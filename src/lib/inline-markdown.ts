/**
 * A deliberately small Markdown renderer for claim explanations and verdicts, which come from
 * data files rather than MDX. It supports paragraphs, links, emphasis, strong and code spans,
 * and nothing else: everything is HTML-escaped first, so no string in a claim record can inject
 * markup, and links must be absolute https (or the record fails to render, loudly).
 */

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export class UnsafeLinkError extends Error {}

function renderInline(escaped: string): string {
  // Code spans first so their contents are not read as emphasis.
  const codes: string[] = [];
  let out = escaped.replace(/`([^`]+)`/g, (_, code: string) => {
    codes.push(`<code>${code}</code>`);
    return `\u0000${codes.length - 1}\u0000`;
  });
  out = out.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) => {
    const url = href.replace(/&amp;/g, '&');
    if (!/^https:\/\/[^\s]+$/.test(url)) {
      throw new UnsafeLinkError(`link "${url}" is not an absolute https:// URL`);
    }
    return `<a href="${escapeHtml(url)}" rel="noopener">${label}</a>`;
  });
  out = out
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^\w*])\*([^*\s][^*]*?)\*(?!\w)/g, '$1<em>$2</em>')
    .replace(/(^|[^\w])_([^_\s][^_]*?)_(?!\w)/g, '$1<em>$2</em>');
  // NUL never occurs in text, so it marks where the code spans set aside above go back in.
  // eslint-disable-next-line no-control-regex
  return out.replace(/\u0000(\d+)\u0000/g, (_, i: string) => codes[Number(i)] ?? '');
}

/** Render block text: blank lines separate paragraphs; single newlines are spaces. */
export function renderMarkdown(source: string): string {
  return source
    .trim()
    .split(/\n\s*\n/)
    .map((para) => `<p>${renderInline(escapeHtml(para.replace(/\s*\n\s*/g, ' ').trim()))}</p>`)
    .join('\n');
}

/** Render a single line (a verdict) without a wrapping paragraph. */
export function renderMarkdownInline(source: string): string {
  return renderInline(escapeHtml(source.replace(/\s*\n\s*/g, ' ').trim()));
}
