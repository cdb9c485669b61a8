/**
 * The Chinese edition's typography, on the content and on the built pages (README, "Chinese
 * typography"): full-width punctuation next to Chinese, the spaced date style, no "N 月经", no
 * unanchored relative time words in explainers and explanations, and statements quoted without
 * doubled or straight quotation marks in either language.
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
  parseStyleSheet,
  spaceAfterFullWidth,
  styleViolations,
  unrenderedEmphasis,
  unanchoredRelativeTime,
  unspacedDates,
} from '../../src/lib/zh-typography';
import { mdxToText } from '../../src/lib/mdx-text';
import { readMdxFolder, readYamlFolder } from '../support/content-files';
import { loadPages } from '../support/dist';
import { CONTENT, DIST, ROOT } from '../support/paths';

/** Prose without link targets, MDX tags and bare URLs, whose addresses and attributes are not Chinese text. */
const text = (md: string) => mdxToText(md).replace(/https?:\/\/\S+/g, ' ');

/** Every Chinese string a reader sees that the site writes or quotes, with where it lives. */
function zhStrings(): { where: string; text: string; prose: boolean }[] {
  const out: { where: string; text: string; prose: boolean }[] = [];
  for (const c of readYamlFolder('claims')) {
    const d = c.data;
    out.push({ where: `${c.file} statement.zh`, text: d.statement.zh, prose: false });
    out.push({ where: `${c.file} summary.zh`, text: d.summary.zh, prose: false });
    out.push({ where: `${c.file} verdict.zh`, text: d.verdict.zh, prose: false });
    out.push({ where: `${c.file} explanation.zh`, text: text(d.explanation.zh), prose: true });
    (d.corrections ?? []).forEach((x: any, i: number) =>
      out.push({ where: `${c.file} corrections[${i}].note.zh`, text: x.note.zh, prose: false }),
    );
    (d.evidence ?? []).forEach(
      (e: any, i: number) =>
        e.lang.startsWith('zh') && out.push({ where: `${c.file} evidence[${i}].quote`, text: e.quote, prose: false }),
    );
  }
  for (const f of [...readMdxFolder('explainers'), ...readMdxFolder('pages')].filter((f) => f.id.startsWith('zh/'))) {
    out.push({ where: f.file, text: text(f.body), prose: f.file.startsWith('explainers/') });
    out.push({ where: `${f.file} title`, text: `${f.data.title} ${f.data.description}`, prose: false });
    (f.data.corrections ?? []).forEach((x: any, i: number) =>
      out.push({ where: `${f.file} corrections[${i}].note.zh`, text: x.note.zh, prose: false }),
    );
  }
  for (const p of readYamlFolder('people'))
    out.push({ where: `${p.file} name/role`, text: `${p.data.name.zh} ${p.data.role.zh}`, prose: false });
  return out;
}

describe('Chinese typography in content/', () => {
  const strings = zhStrings();
  it.each([
    ['half-width punctuation next to Chinese', halfWidthPunctuation],
    ['dates without the house spaces', unspacedDates],
    ['month followed by 经', monthJing],
  ] as const)('has no %s', (_, check) => {
    const found = strings.flatMap((s) => check(s.text).map((hit) => `${s.where}: …${hit}…`));
    expect(found).toEqual([]);
  });

  it('anchors every relative time word to a year in explainers and claim explanations', () => {
    const found = strings
      .filter((s) => s.prose)
      .flatMap((s) => unanchoredRelativeTime(s.text).map((hit) => `${s.where}: ${hit}`));
    expect(found).toEqual([]);
  });
});

/**
 * The site's own voice, line by line with file and line number, for the style sheet check: every
 * line of the zh explainers and prose pages except block quotations, every line of the claims
 * except their statement and evidence blocks (the translation's and the sources' words), every
 * line of the data and people records, and the Chinese lines of the topic, rating and UI strings.
 */
function ownVoiceLines(): { where: string; text: string }[] {
  /** Lines kept by `keep`, with English YAML values (an `en:` key and its continuation lines, or the en half of `{ en: …, zh: … }`) left out. */
  const lines = (file: string, raw: string, keep: (line: string, blockKey: string) => boolean) => {
    let blockKey = '';
    let lang = '';
    let langIndent = -1;
    return raw.split('\n').flatMap((line, i) => {
      const key = line.match(/^([A-Za-z]\w*):/)?.[1];
      if (key) blockKey = key;
      const indent = line.search(/\S/);
      const langKey = line.match(/^\s*(?:- )?(en|zh):/)?.[1];
      if (langKey) [lang, langIndent] = [langKey, indent];
      else if (indent >= 0 && indent <= langIndent) [lang, langIndent] = ['', -1];
      if (lang === 'en' || !keep(line, blockKey)) return [];
      const zh = line.includes('{ en:') ? line.slice(line.indexOf('zh:')) : line;
      return [{ where: `${file}:${i + 1}`, text: zh.replace(/\]\([^)]*\)/g, ']') }];
    });
  };
  const out: { where: string; text: string }[] = [];
  for (const f of [...readMdxFolder('explainers'), ...readMdxFolder('pages')].filter((f) => f.id.startsWith('zh/')))
    out.push(...lines(`content/${f.file}`, f.raw, (line) => !line.startsWith('>')));
  // The English editions repeat the correction notes, Chinese included, in their front matter.
  for (const f of [...readMdxFolder('explainers'), ...readMdxFolder('pages')].filter((f) => f.id.startsWith('en/')))
    out.push(...lines(`content/${f.file}`, f.raw, (line) => /^\s*zh:/.test(line)));
  for (const c of readYamlFolder('claims'))
    out.push(...lines(`content/${c.file}`, c.raw, (_, key) => key !== 'statement' && key !== 'evidence'));
  for (const r of [...readYamlFolder('data'), ...readYamlFolder('people')])
    out.push(...lines(`content/${r.file}`, r.raw, () => true));
  for (const file of ['src/lib/i18n.ts', 'src/lib/topics.ts', 'src/lib/ratings.ts'])
    out.push(...lines(file, readFileSync(join(ROOT, file), 'utf8'), (line) => /\p{Script=Han}/u.test(line)));
  return out;
}

describe('the zh style sheet (content/zh-style.md)', () => {
  const entries = parseStyleSheet(readFileSync(join(CONTENT, 'zh-style.md'), 'utf8'));

  it('lists variants to check', () => {
    expect(entries.length).toBeGreaterThan(5);
  });

  it("finds none of its variants in the site's own voice", () => {
    const lines = ownVoiceLines();
    expect(lines.length).toBeGreaterThan(500);
    expect(styleViolations(lines, entries)).toEqual([]);
  });
});

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
