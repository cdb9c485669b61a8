/**
 * Corrections are public: every correction recorded in content/ is shown, dated, on its page in
 * both languages, listed in the corrections log, carried by the JSON-LD and the feeds, and
 * readers can report an error from every claim and explainer page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { jsonLdBlocks } from '../../src/lib/structured-data/validate';
import { localeOfId } from '../../src/lib/i18n';
import { readMdxFolder, readYamlFolder } from '../support/content-files';
import { loadPages, type BuiltPage } from '../support/dist';
import { DIST, SUB_BASE, SUB_DIST } from '../support/paths';

interface Fix {
  date: string;
  kind: string;
  note: { en: string; zh: string };
  previousRating?: string;
}
interface Record_ {
  /** Route inside a locale, e.g. claims/x/ */
  route: string;
  first: string;
  updated?: string;
  corrections: Fix[];
  /** Title as each edition shows it. */
  title: Record<'en' | 'zh', string>;
  rating?: string;
}

const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
const fixes = (list: any[] = []): Fix[] => list.map((c) => ({ ...c, date: iso(c.date) }));

const claims: Record_[] = readYamlFolder('claims').map((c) => ({
  route: `claims/${c.id}/`,
  first: iso(c.data.reviewed),
  ...(c.data.updated && { updated: iso(c.data.updated) }),
  corrections: fixes(c.data.corrections),
  title: c.data.summary,
  rating: c.data.rating,
}));
const editions = (folder: string, route: (slug: string) => string, first: (d: any) => unknown): Record_[] => {
  const bySlug = new Map<string, Record_>();
  for (const f of readMdxFolder(folder)) {
    const locale = localeOfId(f.id);
    const r = bySlug.get(f.data.slug) ?? {
      route: route(f.data.slug),
      first: iso(first(f.data)),
      corrections: fixes(f.data.corrections),
      title: { en: '', zh: '' },
    };
    if (f.data.updated) r.updated = iso(f.data.updated);
    r.title[locale] = f.data.title;
    bySlug.set(f.data.slug, r);
  }
  return [...bySlug.values()];
};
const explainers = editions(
  'explainers',
  (s) => `explainers/${s}/`,
  (d) => d.published,
);
const proses = editions(
  'pages',
  (s) => `${s}/`,
  (d) => d.published,
);
const records = [...claims, ...explainers, ...proses];
const corrected = records.filter((r) => r.corrections.length > 0);
const allFixes = corrected.flatMap((r) => r.corrections.map((c) => ({ ...c, record: r })));

/** Written out here rather than imported, so the test checks the rule, not the code. */
const expectedModified = (r: Record_) =>
  [r.first, r.updated, ...r.corrections.map((c) => c.date)].filter(Boolean).sort().at(-1);

const LOCALES = [
  ['en', ''],
  ['zh', 'zh/'],
] as const;

describe.each([
  ['root build', DIST, '/'],
  ['sub-path build', SUB_DIST, SUB_BASE],
])('corrections in the %s', (_, dist, base) => {
  const pages = new Map(loadPages(dist, base).map((p) => [p.url, p]));
  const page = (prefix: string, route: string): BuiltPage => {
    const found = pages.get(`${base}${prefix}${route}`);
    if (!found) throw new Error(`no page ${base}${prefix}${route}`);
    return found;
  };

  it('has corrections to show (the two silent fixes of 29 November 2026 are back-filled)', () => {
    expect(allFixes.length).toBeGreaterThanOrEqual(2);
    expect(allFixes.filter((f) => f.date === '2026-11-29').length).toBeGreaterThanOrEqual(2);
  });

  it.each(LOCALES)('shows every correction, dated, on its page in %s, and none on pages without', (locale, prefix) => {
    for (const r of records) {
      const doc = page(prefix, r.route).doc;
      const items = doc.querySelectorAll('[data-corrections] li');
      expect(items.length, r.route).toBe(r.corrections.length);
      r.corrections.forEach((c, i) => {
        const item = items[i]!;
        expect(item.querySelector('time')?.getAttribute('datetime'), r.route).toBe(c.date);
        expect(item.getAttribute('data-correction-kind')).toBe(c.kind);
        expect(item.text.replace(/\s+/g, ' ')).toContain(c.note[locale].replace(/\s+/g, ' '));
        expect(item.id).toMatch(new RegExp(`^correction-${c.date}(-\\d+)?$`));
      });
      if (r.corrections.length > 0) {
        const heading = doc.querySelector('#corrections-heading')?.text ?? '';
        expect(heading).toMatch(locale === 'en' ? /Correction/ : /更正/);
      }
    }
  });

  it.each(LOCALES)('shows the latest correction as the "updated" date and in dateModified (%s)', (_, prefix) => {
    for (const r of [...claims, ...explainers]) {
      const html = page(prefix, r.route).html;
      const ld = jsonLdBlocks(html)
        .map((b) => JSON.parse(b))
        .find((b) => b['@type'] === 'ClaimReview' || b['@type'] === 'Article');
      expect(ld?.dateModified, r.route).toBe(expectedModified(r));
      expect(ld?.correction?.length ?? 0, r.route).toBe(r.corrections.length);
      if (expectedModified(r) !== r.first) expect(html, r.route).toContain(`datetime="${expectedModified(r)}"`);
    }
  });

  it.each(LOCALES)('shows a rating history exactly on claims whose rating changed (%s)', (_, prefix) => {
    for (const r of claims) {
      const changes = r.corrections.filter((c) => c.kind === 'rating-change');
      const steps = page(prefix, r.route)
        .doc.querySelectorAll('[data-rating-history] [data-rating-step]')
        .map((s) => s.getAttribute('data-rating-step'));
      if (changes.length === 0) expect(steps, r.route).toEqual([]);
      else expect(steps, r.route).toEqual([...changes.map((c) => c.previousRating).reverse(), r.rating]);
    }
  });

  it.each(LOCALES)(
    'lists every correction in the %s corrections log, a page a month, newest first, linking to its notice',
    (locale, prefix) => {
      const months = [...new Set(allFixes.map((f) => f.date.slice(0, 7)))].sort().reverse();
      const monthPages = months.map((m) => page(prefix, `corrections/${m}/`).doc);
      const entries = monthPages.flatMap((doc) => doc.querySelectorAll('[data-corrections-log] > li'));
      expect(entries).toHaveLength(allFixes.length);
      const dates = entries.map((e) => e.querySelector('time')!.getAttribute('datetime')!);
      expect(dates).toEqual([...dates].sort().reverse());
      monthPages.forEach((doc, i) => {
        for (const d of doc.querySelectorAll('[data-corrections-log] time'))
          expect(d.getAttribute('datetime')).toMatch(`${months[i]}-`);
        // Every month page links every other month.
        expect(doc.querySelectorAll('[data-log-months] a')).toHaveLength(months.length - 1);
      });
      for (const e of entries) {
        const href = e.querySelector('a')!.getAttribute('href')!;
        const [path, anchor] = href.split('#');
        const target = pages.get(path!);
        expect(target, href).toBeDefined();
        expect(target!.doc.getElementById(anchor!), href).not.toBeNull();
      }
      const text = monthPages.map((doc) => doc.text).join('\n');
      for (const f of allFixes) expect(text).toContain(f.note[locale]);
      // The log's front page shows the newest month in full and links every month's page.
      const front = page(prefix, 'corrections/').doc;
      expect(front.querySelector('[data-log-month]')?.getAttribute('data-log-month')).toBe(months[0]);
      expect(front.querySelectorAll('[data-corrections-log] > li')).toHaveLength(
        allFixes.filter((f) => f.date.startsWith(months[0]!)).length,
      );
      expect(front.querySelectorAll('[data-log-months] a').map((a) => a.getAttribute('href'))).toEqual(
        months.map((m) => `${base}${prefix}corrections/${m}/`),
      );
    },
  );

  it.each(LOCALES)('links the log from every page footer and from the corrections policy (%s)', (_, prefix) => {
    const logUrl = `${base}${prefix}corrections/`;
    for (const p of [...pages.values()].filter(
      (p) => p.file.startsWith(prefix) && p.file !== '404.html' && (prefix || !p.file.startsWith('zh/')),
    )) {
      expect(
        p.doc.querySelectorAll('footer a').map((a) => a.getAttribute('href')),
        p.url,
      ).toContain(logUrl);
    }
    const policy = page(prefix, 'methodology/')
      .doc.querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    expect(policy).toContain(logUrl);
  });

  it.each(LOCALES)(
    'puts a "Report an error" mailto naming the page on every claim and explainer (%s)',
    (locale, prefix) => {
      for (const r of [...claims, ...explainers]) {
        const link = page(prefix, r.route).doc.querySelector('[data-report-error]');
        const href = link?.getAttribute('href') ?? '';
        expect(href, r.route).toMatch(/^mailto:[^@?]+@[^?]+\?subject=/);
        // searchParams decodes once, as a mail client does; a second decode would choke on a title with "%".
        const subject = new URL(href).searchParams.get('subject') ?? '';
        expect(subject).toContain(r.title[locale]);
      }
    },
  );

  it.each(LOCALES)(
    'shows every evidence quote under the sources on the claim page, in its language (%s)',
    (_, prefix) => {
      for (const c of readYamlFolder('claims')) {
        const doc = page(prefix, `claims/${c.id}/`).doc;
        const shown = doc.querySelectorAll('[data-evidence-list] figure').map((f) => ({
          source: f.getAttribute('data-evidence-source'),
          lang: f.querySelector('blockquote')?.getAttribute('lang'),
          quote: f.querySelector('blockquote')?.text.trim(),
        }));
        expect(shown, c.id).toEqual(
          c.data.evidence.map((e: { source: string; lang: string; quote: string }) => ({
            source: e.source,
            lang: e.lang,
            quote: e.quote.trim(),
          })),
        );
      }
    },
  );

  it.each(LOCALES)('shows the contact address on the methodology and about pages (%s)', (_, prefix) => {
    const contact = page(prefix, 'claims/' + claims[0]!.route.split('/')[1] + '/')
      .doc.querySelector('[data-report-error]')!
      .getAttribute('href')!
      .slice(7)
      .split('?')[0];
    for (const route of ['methodology/', 'about/']) {
      const link = page(prefix, route).doc.querySelector('[data-contact-email]');
      expect(link?.getAttribute('href'), route).toBe(`mailto:${contact}`);
      expect(link?.text).toBe(contact);
    }
  });
});

describe('corrections in the feeds', () => {
  const xml = new XMLParser();
  it.each(LOCALES)('carries each correction as an item of the %s RSS feed', (locale, prefix) => {
    const feed = xml.parse(readFileSync(join(DIST, prefix, 'rss.xml'), 'utf8'));
    const items: { link: string; pubDate: string; description: string }[] = [feed.rss.channel.item].flat();
    for (const f of allFixes) {
      const item = items.find(
        (i) => i.link.includes(`/${prefix}${f.record.route}#correction-${f.date}`) && i.description === f.note[locale],
      );
      expect(item, `${f.record.route} ${f.date}`).toBeDefined();
      expect(new Date(item!.pubDate).toISOString().slice(0, 10)).toBe(f.date);
    }
  });

  it('gives the number of corrections and the last one in claims.json and claims.csv', () => {
    const feed = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8'));
    const csv = readFileSync(join(DIST, 'claims.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const cells = (line: string) => line.slice(1, -1).split('","');
    const header = cells(csv[0]!);
    const rows = new Map(
      csv
        .slice(1)
        .map((l) => cells(l))
        .map((c) => [c[0], Object.fromEntries(header.map((h, i) => [h, c[i]]))]),
    );
    for (const r of claims) {
      const id = r.route.split('/')[1]!;
      const review = feed.dataFeedElement.find((e: any) => e.url.endsWith(`/claims/${id}/`));
      expect(review.correction?.length ?? 0, id).toBe(r.corrections.length);
      expect(review.dateModified, id).toBe(expectedModified(r));
      expect(rows.get(id)).toMatchObject({
        corrections: String(r.corrections.length),
        last_correction: r.corrections[0]?.date ?? '',
      });
    }
  });
});
