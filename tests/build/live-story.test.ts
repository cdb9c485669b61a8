/**
 * The story is live, and the built site says how current each part is and what changed: every
 * explainer shows the day it was last checked ("as of"), the home page lists the latest updates
 * with their dates, and every editors' note on an evidence quote reaches the reader in the page's
 * language.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, localeOfId } from '../../src/lib/i18n';
import { claimSchema, explainerSchema } from '../../src/lib/schemas';
import { readMdxFolder, readYamlFolder } from '../support/content-files';
import { loadPages } from '../support/dist';
import { DIST } from '../support/paths';

const pages = new Map(loadPages(DIST).map((p) => [p.file, p]));
const page = (file: string) => {
  const found = pages.get(file);
  if (!found) throw new Error(`dist/${file} was not built`);
  return found;
};
const prefix = (locale: string) => (locale === 'en' ? '' : `${locale}/`);
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('"as of" on every explainer', () => {
  it.each(readMdxFolder('explainers').map((e) => [e.file, e] as const))('%s shows its as-of date', (_, e) => {
    const data = explainerSchema.parse(e.data);
    const built = page(`${prefix(localeOfId(e.id))}explainers/${data.slug}/index.html`);
    const line = built.doc.querySelector('[data-as-of]');
    expect(line?.getAttribute('data-as-of')).toBe(data.asOf);
    expect(line?.querySelector('time')?.getAttribute('datetime')).toBe(data.asOf);
    // Near the top: in the article's header, before the body.
    expect(line?.closest('header')).toBeTruthy();
  });
});

describe('latest updates on the home page', () => {
  it.each(LOCALES)('%s: dated items, newest first, the newest review among them', (locale) => {
    const home = page(`${prefix(locale)}index.html`);
    const items = home.doc.querySelectorAll('[data-latest-updates] > li');
    expect(items.length).toBeGreaterThan(0);
    const dates = items.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? '');
    expect(dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    expect([...dates].sort().reverse()).toEqual(dates);
    const newest = readYamlFolder('claims')
      .map((c) => claimSchema.parse(c.data).reviewed)
      .sort()
      .at(-1)!;
    expect(dates[0]! >= newest).toBe(true);
    for (const li of items) expect(li.querySelector('a')?.getAttribute('href')).toMatch(/^\//);
  });
});

describe('evidence notes', () => {
  const noted = readYamlFolder('claims').flatMap((c) =>
    claimSchema
      .parse(c.data)
      .evidence.filter((e) => e.note)
      .map((e) => ({ id: c.id, note: e.note! })),
  );
  it('exist on some quote (or this check proves nothing)', () => expect(noted.length).toBeGreaterThan(0));
  it.each(LOCALES)('%s: every note is shown under its quote, in the page language', (locale) => {
    for (const { id, note } of noted) {
      const shown = page(`${prefix(locale)}claims/${id}/index.html`)
        .doc.querySelectorAll('[data-evidence-note]')
        .map((n) => text(n.textContent));
      expect(
        shown.some((s) => s.endsWith(text(note[locale]))),
        `${locale} ${id}: ${note[locale]}`,
      ).toBe(true);
    }
  });
});
