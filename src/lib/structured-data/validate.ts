/**
 * Validates the JSON-LD of built pages against Google's fact-check requirements and our own
 * rules (one ClaimReview per page and per review, absolute URLs, ISO dates, the claim and the
 * verdict visible on the page). Pure: it reads HTML strings, so the build and the tests share it.
 */
import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';
import { SUMMARY_LIMIT, summaryTooLong } from '../checks/claims';

export interface BuiltHtml {
  /** The page's URL path, e.g. /zh/claims/x/ */
  path: string;
  html: string;
}

export interface JsonLdProblem {
  page: string;
  property: string;
  message: string;
}

export interface JsonLdReport {
  problems: JsonLdProblem[];
  counts: Record<string, number>;
  blocks: number;
}

const SCRIPT = /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const URL_KEYS = new Set(['url', 'item', '@id', 'sameAs', 'mainEntityOfPage', 'urlTemplate', 'contentUrl']);
const DATE_KEYS = new Set(['datePublished', 'dateModified', 'dateCreated', 'uploadDate']);

export function jsonLdBlocks(html: string): string[] {
  return [...html.matchAll(SCRIPT)].map((m) => m[1] ?? '');
}

/** Elements whose text a reader never sees. */
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'HEAD']);

/** The text a reader sees: no scripts, styles or tags, entities decoded, spaces folded. */
export function visibleText(html: string): string {
  const parts: string[] = [];
  const collect = (node: Node) => {
    if (node instanceof TextNode) parts.push(node.text);
    else if (node instanceof HTMLElement && !HIDDEN.has(node.tagName)) node.childNodes.forEach(collect);
  };
  const root = parse(html);
  // Each element boundary counts as a space, so "<dt>Said</dt><dd>Gave</dd>" reads "Said Gave".
  (root.querySelector('body') ?? root).childNodes.forEach(collect);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function walk(node: Json, path: string, visit: (key: string, value: Json, path: string) => void) {
  if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${path}[${i}]`, visit));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      const here = path ? `${path}.${key}` : key;
      visit(key, value, here);
      walk(value, here, visit);
    }
  }
}

const get = (node: Json, path: string): Json | undefined =>
  path
    .split('.')
    .reduce<Json | undefined>((n, k) => (n && typeof n === 'object' && !Array.isArray(n) ? n[k] : undefined), node);

export function validateJsonLd(pages: BuiltHtml[], site: string): JsonLdReport {
  const problems: JsonLdProblem[] = [];
  const counts: Record<string, number> = {};
  const reviewPages = new Map<string, string>();
  const origin = new URL(site).origin;
  let blocks = 0;

  for (const { path, html } of pages) {
    const add = (property: string, message: string) => problems.push({ page: path, property, message });
    let reviewsHere = 0;
    for (const raw of jsonLdBlocks(html)) {
      blocks++;
      let data: Json;
      try {
        data = JSON.parse(raw) as Json;
      } catch (error) {
        add('(block)', `not valid JSON: ${(error as Error).message}`);
        continue;
      }
      const type = String(get(data, '@type') ?? '(none)');
      counts[type] = (counts[type] ?? 0) + 1;
      if (get(data, '@context') !== 'https://schema.org') add(`${type}.@context`, 'must be https://schema.org');

      walk(data, type, (key, value, where) => {
        const values = Array.isArray(value) ? value : [value];
        if (URL_KEYS.has(key)) {
          for (const v of values) {
            if (typeof v === 'string' && !/^https?:\/\/[^/]+/.test(v)) add(where, `"${v}" is not an absolute URL`);
          }
        }
        if (DATE_KEYS.has(key) && (typeof value !== 'string' || !ISO_DATE.test(value))) {
          add(where, `"${String(value)}" is not an ISO 8601 date`);
        }
      });

      if (type !== 'ClaimReview') continue;
      reviewsHere++;
      const need = (p: string) => {
        const v = get(data, p);
        if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0))
          add(`ClaimReview.${p}`, 'is required');
        return v;
      };
      const claimReviewed = need('claimReviewed');
      need('reviewRating.alternateName');
      need('author.name');
      need('itemReviewed.author.name');
      need('itemReviewed.datePublished');
      if (!get(data, 'itemReviewed.appearance.url') && !get(data, 'itemReviewed.firstAppearance.url')) {
        add('ClaimReview.itemReviewed.appearance', 'needs appearance or firstAppearance with a url');
      }
      const url = need('url');
      if (typeof url === 'string') {
        if (!url.startsWith(`${origin}/`)) add('ClaimReview.url', `${url} is not on the site's own domain ${origin}`);
        else if (new URL(url).pathname !== path) add('ClaimReview.url', `${url} is not this page`);
      }
      const rating = get(data, 'reviewRating') as Record<string, Json> | undefined;
      if (
        rating &&
        (rating.ratingValue !== undefined || rating.bestRating !== undefined || rating.worstRating !== undefined)
      ) {
        const [value, best, worst] = [rating.ratingValue, rating.bestRating, rating.worstRating].map(Number);
        if (!(best! > worst!) || !(worst! >= 1))
          add('ClaimReview.reviewRating', `needs bestRating > worstRating >= 1 (got ${best} and ${worst})`);
        if (!(value! >= worst! && value! <= best!))
          add('ClaimReview.reviewRating.ratingValue', `${value} is outside ${worst}-${best}`);
      }
      if (typeof claimReviewed === 'string' && summaryTooLong(claimReviewed, SUMMARY_LIMIT.en)) {
        add(
          'ClaimReview.claimReviewed',
          `${[...claimReviewed].length} characters; Google recommends under ${SUMMARY_LIMIT.en}`,
        );
      }
      const text = visibleText(html);
      for (const p of ['claimReviewed', 'reviewRating.ratingExplanation', 'reviewRating.alternateName']) {
        const v = get(data, p);
        if (typeof v === 'string' && !text.includes(fold(v)))
          add(`ClaimReview.${p}`, `"${v}" is not shown on the page`);
      }
      const key = String(get(data, '@id') ?? url);
      const seen = reviewPages.get(key);
      if (seen && seen !== path) add('ClaimReview.@id', `${key} also appears on ${seen}`);
      reviewPages.set(key, path);
    }
    if (reviewsHere > 1) add('ClaimReview', `${reviewsHere} ClaimReview blocks on one page; Google allows one`);
  }
  return { problems, counts, blocks };
}

export function formatJsonLdProblem(p: JsonLdProblem): string {
  return `${p.page}: ${p.property}: ${p.message}`;
}
