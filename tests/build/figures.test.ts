/**
 * The figures as built, in the root and the sub-path build: every figure embedded in an explainer
 * has its title, description, source line and a data table with one row per category (or event)
 * of its data file, and its CSV is served and parses back to the data file's values. The claims
 * index lists each CSV as a download of the site's Dataset.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureIdsIn } from '../../src/lib/figures/refs';
import { localeOfId } from '../../src/lib/i18n';
import { readMdxFolder, readYamlFolder } from '../support/content-files';
import { csvRecords } from '../support/csv';
import { loadPages, servedPaths } from '../support/dist';
import { DIST, SUB_BASE, SUB_DIST } from '../support/paths';

const figures = new Map(readYamlFolder('data').map((f) => [f.id, f.data]));
const sources = new Map(readYamlFolder('sources').map((s) => [s.id, s.data]));
const explainers = readMdxFolder('explainers');
const embeds = explainers.flatMap((e) =>
  figureIdsIn(e.body).map((id) => ({ id, locale: localeOfId(e.id), slug: e.data.slug as string })),
);
const numberOf = (v: any) => (v === null ? null : typeof v === 'number' ? v : v.value);
const fold = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe.each([
  { name: 'root build', dist: DIST, base: '/' },
  { name: 'sub-path build', dist: SUB_DIST, base: SUB_BASE },
])('$name', ({ dist, base }) => {
  const pages = new Map(loadPages(dist, base).map((p) => [p.url, p]));
  const served = servedPaths(dist, base);

  it('embeds every figure in both languages', () => {
    expect(embeds.length).toBeGreaterThanOrEqual(8);
    for (const id of figures.keys())
      expect(
        embeds
          .filter((e) => e.id === id)
          .map((e) => e.locale)
          .sort(),
        id,
      ).toEqual(['en', 'zh']);
  });

  it.each(embeds)(
    '$locale $slug: figure $id has its title, description, source line and full data table',
    ({ id, locale, slug }) => {
      const data = figures.get(id)!;
      const page = pages.get(`${base}${locale === 'zh' ? 'zh/' : ''}explainers/${slug}/`)!;
      const figure = page.doc.querySelector(`figure[data-figure="${id}"]`)!;
      expect(figure, `${page.file}: figure ${id}`).not.toBeNull();

      const svg = figure.querySelector('svg[role="img"]')!;
      expect(fold(svg.querySelector('title')?.text)).toBe(fold(data.title[locale]));
      expect(fold(svg.querySelector('desc')?.text)).toBe(fold(data.description[locale]));
      const labelledBy = svg.getAttribute('aria-labelledby')!.split(' ');
      expect(labelledBy.every((ref) => figure.querySelector(`#${ref}`))).toBe(true);

      const caption = figure.querySelector('figcaption')!;
      expect(caption, 'figcaption').not.toBeNull();
      const links = figure.querySelectorAll('a[href]').map((a) => a.getAttribute('href'));
      const cited = new Set(
        data.chart === 'timeline'
          ? data.events.flatMap((e: any) => e.sources)
          : data.series.flatMap((s: any) => s.sources).filter(Boolean),
      );
      for (const sourceId of cited)
        expect(links, `${id}: link to ${sourceId}`).toContain(sources.get(sourceId as string)!.url);
      if (data.chart !== 'timeline') {
        for (const sourceId of cited)
          expect(caption.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(
            sources.get(sourceId as string)!.url,
          );
      }
      if (data.note) expect(fold(caption.text)).toContain(fold(data.note[locale]));

      const rows = figure.querySelectorAll('details table tbody tr');
      expect(rows).toHaveLength(data.chart === 'timeline' ? data.events.length : data.categories.length);
      if (data.chart === 'timeline') {
        const items = figure.querySelectorAll('ol > li');
        expect(items).toHaveLength(data.events.length);
        items.forEach((li, i) => expect(li.querySelector('time')?.getAttribute('datetime')).toBe(data.events[i].date));
      }
    },
  );

  it.each([...figures.keys()])('serves %s as CSV at a stable address, parsing back to the data file', (id) => {
    const data = figures.get(id)!;
    expect(served.has(`${base}data/${id}.csv`)).toBe(true);
    for (const { locale, slug } of embeds.filter((e) => e.id === id)) {
      const page = pages.get(`${base}${locale === 'zh' ? 'zh/' : ''}explainers/${slug}/`)!;
      expect(page.doc.querySelector(`figure[data-figure="${id}"] a[type="text/csv"]`)?.getAttribute('href')).toBe(
        `${base}data/${id}.csv`,
      );
    }
    const records = csvRecords(readFileSync(join(dist, 'data', `${id}.csv`), 'utf8'));
    if (data.chart === 'timeline') {
      expect(records.map((r) => [r.date, r.kind, r.text_en, r.text_zh, r.source_ids])).toEqual(
        data.events.map((e: any) => [e.date, e.kind, e.text.en, e.text.zh, e.sources.join(' ')]),
      );
      return;
    }
    const expected = data.categories.flatMap((c: any, j: number) =>
      data.series
        .filter((s: any) => s.values[j] !== null)
        .map((s: any) => [
          c.id,
          s.id,
          numberOf(s.values[j]),
          typeof s.values[j] === 'number' ? '' : s.values[j].qualifier,
        ]),
    );
    expect(records.map((r) => [r.category_id, r.series_id, Number(r.value), r.qualifier])).toEqual(expected);
    for (const r of records) {
      expect(r.source_url).toBe(sources.get(r.source_id!)!.url);
      expect(r.evidence_quote!.length, `${id} ${r.category_id} ${r.series_id}: evidence`).toBeGreaterThan(0);
    }
  });

  it("lists every figure source in the page's source list", () => {
    for (const { id, locale, slug } of embeds) {
      const page = pages.get(`${base}${locale === 'zh' ? 'zh/' : ''}explainers/${slug}/`)!;
      const listed = new Set(page.doc.querySelectorAll('li[id^="source-"]').map((li) => li.id.replace(/^source-/, '')));
      const data = figures.get(id)!;
      const cited =
        data.chart === 'timeline'
          ? data.events.flatMap((e: any) => e.sources)
          : data.series.flatMap((s: any) => s.sources).filter(Boolean);
      for (const sourceId of cited) expect(listed.has(sourceId), `${page.file}: ${sourceId}`).toBe(true);
    }
  });

  it('offers every figure CSV as a download of the Dataset on the claims index, in both languages', () => {
    for (const prefix of ['', 'zh/']) {
      const page = pages.get(`${base}${prefix}claims/`)!;
      const blocks = page.doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text));
      const dataset = blocks.find((b) => b['@type'] === 'Dataset');
      const urls = dataset.distribution.map((d: any) => new URL(d.contentUrl).pathname);
      for (const id of figures.keys()) expect(urls, `${prefix}claims: ${id}`).toContain(`${base}data/${id}.csv`);
    }
  });
});
