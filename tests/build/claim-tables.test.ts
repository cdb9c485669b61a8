/**
 * A claim's data table is shown on its page in both languages, row for row as recorded, with
 * each row linked to its entries in the page's own sources list; an undated source says so
 * instead of showing a date.
 */
import { describe, expect, it } from 'vitest';
import { readYamlFolder } from '../support/content-files';
import { loadPages } from '../support/dist';
import { DIST } from '../support/paths';

const pages = new Map(loadPages(DIST).map((p) => [p.url, p]));
const claims = readYamlFolder('claims');
const sources = new Map(readYamlFolder('sources').map((s) => [s.id, s.data]));
const withTable = claims.filter((c) => c.data.table);
const cell = (c: unknown, locale: 'en' | 'zh'): string =>
  typeof c === 'string' ? c : ((c as Record<string, string>)[locale] ?? '');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** YAML reads bare dates as Date objects; the page writes them as ISO strings. */
const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

describe('claim data tables', () => {
  it('exist in the content (otherwise this suite tests nothing)', () => {
    expect(withTable.length).toBeGreaterThan(0);
  });

  for (const claim of withTable) {
    for (const locale of ['en', 'zh'] as const) {
      it(`${claim.id} (${locale}): every row and cell as recorded, each row linked to listed sources`, () => {
        const page = pages.get(`${locale === 'en' ? '/' : '/zh/'}claims/${claim.id}/`);
        expect(page, claim.id).toBeDefined();
        const table = page!.doc.querySelector('[data-claim-table] table');
        expect(table, `${claim.id} has no table`).not.toBeNull();
        const t = claim.data.table;
        expect(squash(table!.querySelector('caption')!.text)).toBe(squash(t.caption[locale]));
        const rows = table!.querySelectorAll('tbody tr');
        expect(rows.length).toBe(t.rows.length);
        rows.forEach((tr, r) => {
          const cells = tr.querySelectorAll('th, td');
          const expected = t.rows[r].cells.map((c: unknown) => squash(cell(c, locale)));
          expect(cells.slice(0, -1).map((c) => squash(c.text))).toEqual(expected);
          const anchors = cells.at(-1)!.querySelectorAll('a');
          expect(anchors.map((a) => a.getAttribute('href'))).toEqual(
            t.rows[r].sources.map((id: string) => `#source-${id}`),
          );
          // Each link is numbered as its entry in the page's numbered sources list.
          const listed = page!.doc.querySelectorAll('li[id^="source-"]').map((li) => li.id);
          for (const a of anchors) {
            const id = a.getAttribute('href')!.slice(1);
            expect(listed, `${claim.id}: ${id}`).toContain(id);
            expect(a.text.trim()).toBe(`[${listed.indexOf(id) + 1}]`);
            expect(a.getAttribute('aria-label')).toContain(sources.get(id.replace(/^source-/, ''))!.title);
          }
        });
      });
    }
  }

  it('shows "undated" for a source whose page gives no date, and a date for every other', () => {
    const undated = [...sources].filter(([, s]) => s.date === 'undated').map(([id]) => id);
    expect(undated.length).toBeGreaterThan(0);
    for (const claim of claims) {
      const page = pages.get(`/claims/${claim.id}/`)!;
      for (const id of claim.data.sources as string[]) {
        const li = page.doc.querySelector(`li#source-${id}`);
        expect(li, `${claim.id}: ${id}`).not.toBeNull();
        if (undated.includes(id)) {
          expect(li!.querySelector('time'), id).toBeNull();
          expect(li!.text, id).toContain('undated');
        } else {
          expect(li!.querySelector('time')?.getAttribute('datetime'), id).toBe(iso(sources.get(id)!.date));
        }
      }
    }
  });
});
