import { parse } from 'node-html-parser';

/**
 * The text Pagefind indexes for a built page: everything inside data-pagefind-body except
 * data-pagefind-ignore parts, or null when the page is not indexed at all.
 */
export function indexedText(html: string): string | null {
  const doc = parse(html);
  const bodies = doc.querySelectorAll('[data-pagefind-body]');
  if (bodies.length === 0) return null;
  for (const ignored of doc.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  return bodies
    .map((b) => b.text)
    .join(' ')
    .replace(/\s+/g, ' ');
}
