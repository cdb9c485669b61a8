/**
 * The scale strip on every claim page, in both languages: it marks the claim's own rating among
 * the five numbered steps (Unproven sits off the scale), says so in one sentence for screen
 * readers, leads to the published scale, and stays out of the search index (its symbols and
 * sentence would otherwise lead every search excerpt), as does the rating badge's symbol.
 */
import { describe, expect, it } from 'vitest';
import { readYamlFolder } from '../support/content-files';
import { loadPages } from '../support/dist';
import { indexedText } from '../support/indexed-text';
import { DIST } from '../support/paths';

const pages = new Map(loadPages(DIST).map((p) => [p.url, p]));
const claims = readYamlFolder('claims').map((c) => ({ id: c.id, rating: c.data.rating as string }));
// The numbered steps as the methodology page publishes them, worst to best.
const STEPS = ['inaccurate', 'misleading', 'needs-context', 'mostly-accurate', 'accurate'];

describe.each(['', 'zh/'])('the scale strip on claim pages (/%s)', (prefix) => {
  it.each(claims)('$id: marks its own rating and leads to the scale', ({ id, rating }) => {
    const page = pages.get(`/${prefix}claims/${id}/`);
    expect(page, id).toBeDefined();
    const strips = page!.doc.querySelectorAll('[data-scale-strip]');
    expect(strips).toHaveLength(1);
    const strip = strips[0]!;
    const steps = strip.querySelectorAll('[data-scale-step]');
    expect(steps.map((s) => s.getAttribute('data-scale-step'))).toEqual(STEPS);
    const marked = steps.filter((s) => s.hasAttribute('data-current')).map((s) => s.getAttribute('data-scale-step'));
    const offScale = strip.querySelectorAll('[data-off-scale]').length;
    if (rating === 'unproven') {
      expect(marked).toEqual([]);
      expect(offScale).toBe(1);
      expect(strip.getAttribute('data-scale-value')).toBe('none');
    } else {
      expect(marked).toEqual([rating]);
      expect(offScale).toBe(0);
      expect(strip.getAttribute('data-scale-value')).toBe(String(STEPS.indexOf(rating) + 1));
    }
    // Screen readers hear one sentence naming the rating the badge shows.
    const badge = page!.doc.querySelector('[aria-labelledby="verdict-heading"] .rating');
    const label = badge!.text.replace(badge!.querySelector('[aria-hidden="true"]')!.text, '').trim();
    expect(label.length).toBeGreaterThan(0);
    expect(strip.querySelector('.sr-only')!.text).toContain(label);
    expect(strip.getAttribute('href')).toMatch(/methodology\/#rating-scale$/);
    // Out of the search index: neither its symbols nor its sentence reach an excerpt, nor the
    // badge's symbol (its label is indexed).
    expect(badge!.querySelector('[aria-hidden="true"]')!.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(strip.hasAttribute('data-pagefind-ignore')).toBe(true);
    const indexed = indexedText(page!.html)!;
    expect(indexed).not.toContain(strip.querySelector('.sr-only')!.text.trim());
    expect(indexed.replace(/\s/g, '')).not.toContain('✗!…≈✓');
  });
});
