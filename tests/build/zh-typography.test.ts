/**
 * The Chinese edition's typography on the built pages, as a reader sees them (README, "Chinese
 * typography"; the same rules on the content/ files are in tests/content/zh-typography.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import {
  badStatementQuotes,
  doubledQuotes,
  halfWidthPunctuation,
  monthJing,
  spaceAfterFullWidth,
  unrenderedEmphasis,
  unspacedDates,
} from '../../src/lib/zh-typography';
import { loadPages } from '../support/dist';
import { DIST } from '../support/paths';

describe('Chinese typography on the built pages', () => {
  const pages = loadPages(DIST);
  const zhPages = pages.filter((p) => p.file.startsWith('zh/'));
  /**
   * What a reader of the Chinese page sees as Chinese text: main content minus embedded English.
   * Table cells, list items, other blocks and separately placed SVG labels are apart on screen, so
   * a space is kept after each one: text from two cells ("2023 年" | "2024 年") must not be read
   * as one string ("年2").
   */
  const BLOCK_END = /<\/(?:td|th|caption|tr|li|p|h[1-6]|dt|dd|figcaption|blockquote|div|section|text|title|desc)>/g;
  const visibleChinese = (p: (typeof pages)[number]) => {
    const html = p.doc.querySelector('main')?.toString();
    if (!html) return '';
    const main = parse(html.replace(BLOCK_END, '$& '));
    for (const el of main.querySelectorAll('[lang^="en"], script, style, template')) el.remove();
    return main.text;
  };

  it.each([
    ['half-width punctuation next to Chinese', halfWidthPunctuation],
    ['dates without the house spaces', unspacedDates],
    ['month followed by 经', monthJing],
  ] as const)('shows no %s on any Chinese page', (_, check) => {
    const found = zhPages.flatMap((p) => check(visibleChinese(p)).map((hit) => `${p.file}: …${hit}…`));
    expect(found).toEqual([]);
  });

  it('writes the Chinese title, description, header and footer of every page and the Chinese feed the same way', () => {
    const texts = zhPages.map((p) => ({
      where: p.file,
      text: [
        p.doc.querySelector('title')?.text,
        p.doc.querySelector('meta[name="description"]')?.getAttribute('content'),
        p.doc.querySelector('header')?.text,
        p.doc.querySelector('footer')?.text,
      ].join(' '),
    }));
    const feed = parse(readFileSync(join(DIST, 'zh/rss.xml'), 'utf8'));
    const items = feed.querySelectorAll('item');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items)
      texts.push({
        where: `zh/rss.xml ${item.querySelector('link')?.text}`,
        text: `${item.querySelector('title')?.text} ${item.querySelector('description')?.text}`,
      });
    const checks = [halfWidthPunctuation, unspacedDates, monthJing];
    expect(texts.flatMap((s) => checks.flatMap((check) => check(s.text).map((hit) => `${s.where}: …${hit}…`)))).toEqual(
      [],
    );
  });

  it('quotes every claim statement without doubled or straight quotation marks, in both languages', () => {
    const statements = pages.flatMap((p) =>
      p.doc.querySelectorAll('[data-claim-statement]').map((el) => ({ file: p.file, text: el.text })),
    );
    expect(statements.length).toBeGreaterThan(0);
    const checks = [badStatementQuotes, doubledQuotes];
    expect(
      statements.flatMap((s) => checks.flatMap((check) => check(s.text).map((hit) => `${s.file}: …${hit}…`))),
    ).toEqual([]);
  });

  /**
   * Text as rendered, element by element: a paragraph's text includes its links and emphasis, so a
   * space or a quotation mark that the Markdown source splits across inline markup is seen here
   * (《财富》 1 月 in the source is `[《财富》](url) 1 月`). Alt text, image descriptions and the
   * feed are read too: a screen reader or a feed reader shows them as text.
   */
  const TEXT_ELEMENTS =
    'p, li, td, th, h1, h2, h3, h4, h5, h6, dt, dd, figcaption, caption, blockquote, a, title, desc, text';
  const renderedTexts = () => {
    const texts: { where: string; text: string }[] = [];
    for (const p of zhPages) {
      const root = parse(p.doc.toString());
      for (const el of root.querySelectorAll('[lang^="en"], script, style, template')) el.remove();
      for (const el of root.querySelectorAll(TEXT_ELEMENTS))
        texts.push({ where: `${p.file} <${el.tagName.toLowerCase()}>`, text: el.text });
      for (const el of root.querySelectorAll('[alt], [aria-label]'))
        texts.push({
          where: `${p.file} alt`,
          text: `${el.getAttribute('alt') ?? ''} ${el.getAttribute('aria-label') ?? ''}`,
        });
      // og:image:alt and twitter:image:alt carry the share card's text (review row T4).
      for (const el of root.querySelectorAll(
        'meta[property="og:title"], meta[name="description"], meta[property="og:image:alt"], meta[name="twitter:image:alt"]',
      ))
        texts.push({
          where: `${p.file} ${el.getAttribute('property') ?? el.getAttribute('name')}`,
          text: el.getAttribute('content') ?? '',
        });
    }
    const feed = parse(readFileSync(join(DIST, 'zh/rss.xml'), 'utf8'));
    for (const item of feed.querySelectorAll('item'))
      texts.push({
        where: `zh/rss.xml ${item.querySelector('link')?.text}`,
        text: `${item.querySelector('title')?.text}\n${item.querySelector('description')?.text}`,
      });
    return texts;
  };

  it.each([
    ['the same quotation mark twice in a row', doubledQuotes],
    ['a space after a full-width mark before a digit or a Latin letter', spaceAfterFullWidth],
    ['Markdown emphasis printed as text', unrenderedEmphasis],
  ] as const)('shows no %s in any rendered element, alt text or feed item', (_, check) => {
    const texts = renderedTexts();
    expect(texts.length).toBeGreaterThan(1000);
    expect([...new Set(texts.flatMap((s) => check(s.text).map((hit) => `${s.where}: …${hit}…`)))]).toEqual([]);
  });
});
