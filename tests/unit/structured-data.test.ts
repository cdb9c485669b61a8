import { describe, expect, it } from 'vitest';
import { claimSchema, personSchema } from '../../src/lib/schemas';
import {
  articleJsonLd,
  breadcrumbJsonLd,
  claimReviewJsonLd,
  claimsDatasetJsonLd,
  homeJsonLd,
  personJsonLd,
} from '../../src/lib/structured-data/builders';
import { serializeJsonLd } from '../../src/lib/structured-data/serialize';
import { formatJsonLdProblem, validateJsonLd, visibleText } from '../../src/lib/structured-data/validate';
import { validClaim } from '../support/records';

const ctx = { site: 'https://facts.example', base: '/sub/', contact: 'desk@facts.example' };
const claim = { id: 'nvidia-loss', data: claimSchema.parse(validClaim()) };
const speaker = {
  id: 'john-cassidy',
  data: personSchema.parse({
    kind: 'person',
    name: { en: 'John Cassidy', zh: '约翰·卡西迪' },
    role: { en: 'Writer', zh: '作家' },
    sameAs: ['https://en.wikipedia.org/wiki/John_Cassidy_(journalist)'],
  }),
};

describe('claimReviewJsonLd', () => {
  it('builds the ClaimReview Google reads, on the canonical URL of the claim page', () => {
    const review = claimReviewJsonLd(ctx, 'en', claim, speaker) as Record<string, any>;
    expect(review['@type']).toBe('ClaimReview');
    expect(review.url).toBe('https://facts.example/sub/claims/nvidia-loss/');
    expect(review.claimReviewed).toBe(claim.data.summary.en);
    expect(review.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Accurate',
      ratingValue: 5,
      bestRating: 5,
      worstRating: 1,
      ratingExplanation: 'Correct.',
    });
    expect(review.itemReviewed.author).toMatchObject({
      '@type': 'Person',
      name: 'John Cassidy',
      sameAs: speaker.data.sameAs,
    });
    expect(review.itemReviewed.datePublished).toBe('2025-02-03');
    expect(review.itemReviewed.firstAppearance.url).toBe('https://example.org/a');
    expect(review.author.name).toBe('DeepSeek Moment Fact Check');
    expect(review.datePublished).toBe('2026-11-28');
    expect(review.inLanguage).toBe('en');
  });

  it('writes the Chinese review in Chinese, on the Chinese page', () => {
    const review = claimReviewJsonLd(ctx, 'zh', claim, speaker) as Record<string, any>;
    expect(review.url).toBe('https://facts.example/sub/zh/claims/nvidia-loss/');
    expect(review.inLanguage).toBe('zh-Hans');
    expect(review.reviewRating.alternateName).toBe('准确');
    expect(review.claimReviewed).toBe(claim.data.summary.zh);
    expect(review.itemReviewed.author.name).toBe('约翰·卡西迪');
  });

  it('gives an unproven claim a textual rating and no number', () => {
    const unproven = { ...claim, data: { ...claim.data, rating: 'unproven' as const } };
    const rating = (claimReviewJsonLd(ctx, 'en', unproven, speaker) as Record<string, any>).reviewRating;
    expect(rating.alternateName).toBe('Unproven');
    expect(rating).not.toHaveProperty('ratingValue');
    expect(rating).not.toHaveProperty('bestRating');
  });

  it('describes an organisation speaker as an Organization', () => {
    const org = { ...speaker, data: { ...speaker.data, kind: 'organization' as const } };
    expect((claimReviewJsonLd(ctx, 'en', claim, org) as Record<string, any>).itemReviewed.author['@type']).toBe(
      'Organization',
    );
  });
});

describe('other builders', () => {
  it('makes explainers refer to reviews by @id instead of repeating them', () => {
    const article = articleJsonLd(
      ctx,
      'en',
      {
        slug: 's',
        title: 'T',
        description: 'D',
        published: '2026-11-28',
        asOf: '2026-11-28',
        topic: 'deepseek',
        claims: ['a'],
        sources: ['x'],
        corrections: [],
      },
      ['a'],
    ) as Record<string, any>;
    expect(article['@type']).toBe('Article');
    expect(article.mentions).toEqual([{ '@id': 'https://facts.example/sub/claims/a/#review' }]);
    expect(JSON.stringify(article)).not.toContain('ClaimReview');
  });

  it('describes a person page with context, the same @id the reviews use, and sameAs', () => {
    const person = personJsonLd(ctx, 'zh', speaker) as Record<string, any>;
    expect(person['@context']).toBe('https://schema.org');
    expect(person['@type']).toBe('Person');
    expect(person['@id']).toBe(
      (claimReviewJsonLd(ctx, 'zh', claim, speaker) as Record<string, any>).itemReviewed.author['@id'],
    );
    expect(person.name).toBe('约翰·卡西迪');
    expect(person.sameAs).toEqual(speaker.data.sameAs);
  });

  it('numbers breadcrumb items from 1', () => {
    const list = breadcrumbJsonLd([
      { name: 'Home', url: 'https://facts.example/sub/' },
      { name: 'X', url: 'https://facts.example/sub/x/' },
    ]) as Record<string, any>;
    expect(list.itemListElement.map((i: { position: number }) => i.position)).toEqual([1, 2]);
  });

  it('describes the claims data set with both downloads', () => {
    const dataset = claimsDatasetJsonLd(
      ctx,
      'en',
      3,
      'https://facts.example/sub/claims.json',
      'https://facts.example/sub/claims.csv',
    ) as Record<string, any>;
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset.distribution.map((d: Record<string, string>) => d.encodingFormat)).toEqual([
      'application/ld+json',
      'text/csv',
    ]);
    expect(dataset.description).toContain('3 claims reviewed');
  });

  it("adds each figure's CSV to the data set as a named download", () => {
    const figures = [{ name: 'Sales', csvUrl: 'https://facts.example/sub/data/sales.csv' }];
    const dataset = claimsDatasetJsonLd(
      ctx,
      'en',
      3,
      'https://facts.example/sub/claims.json',
      'https://facts.example/sub/claims.csv',
      figures,
    ) as Record<string, any>;
    expect(dataset.distribution.at(-1)).toEqual({
      '@type': 'DataDownload',
      encodingFormat: 'text/csv',
      contentUrl: 'https://facts.example/sub/data/sales.csv',
      name: 'Sales',
    });
    const report = validateJsonLd(
      [{ path: '/sub/claims/', html: `<script type="application/ld+json">${JSON.stringify(dataset)}</script>` }],
      'https://facts.example',
    );
    expect(report.problems).toEqual([]);
  });

  it('describes the site and its publisher on the home page', () => {
    const [website, org] = homeJsonLd(ctx, 'zh') as Record<string, any>[];
    expect([website!['@type'], org!['@type']]).toEqual(['WebSite', 'Organization']);
    expect(website!.potentialAction.target.urlTemplate).toBe(
      'https://facts.example/sub/zh/search/?q={search_term_string}',
    );
    expect(website!.potentialAction['query-input']).toBe('required name=search_term_string');
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element, and still parses to the original text', () => {
    const evil = { claimReviewed: '</script><script>alert(1)</script> & \u2028\u2029 <!--' };
    const out = serializeJsonLd(evil);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(evil);
  });
});

describe('visibleText', () => {
  it('keeps what a reader sees: entities decoded, element boundaries as spaces, no head, scripts or styles', () => {
    const html = `<!doctype html><html><head><title>Not shown</title></head><body><script>var x = "&lt;hidden&gt;";</script><style>p{}</style>
      <dl><dt>Who said it</dt><dd>Louis&#8209;Vincent&nbsp;Gave &amp; Co. &quot;quoted&quot; &#x4E2D;&#25991; &apos;ok&#39;</dd></dl><!-- a comment --></body></html>`;
    expect(visibleText(html)).toBe('Who said it Louis\u2011Vincent Gave & Co. "quoted" 中文 \'ok\'');
  });
});

describe('validateJsonLd', () => {
  const review = claimReviewJsonLd(ctx, 'en', claim, speaker);
  const page = (
    blocks: unknown[],
    body = `<h1>${claim.data.summary.en}</h1><p>Accurate</p><p>Correct.</p>`,
    path = '/sub/claims/nvidia-loss/',
  ) => ({
    path,
    html: `<html><head>${blocks.map((b) => `<script type="application/ld+json">${typeof b === 'string' ? b : serializeJsonLd(b)}</script>`).join('')}</head><body>${body}</body></html>`,
  });
  const problems = (pages: ReturnType<typeof page>[]) =>
    validateJsonLd(pages, ctx.site).problems.map(formatJsonLdProblem);

  it('accepts a good claim page and counts its blocks', () => {
    const report = validateJsonLd([page([review])], ctx.site);
    expect(report.problems).toEqual([]);
    expect(report.counts).toEqual({ ClaimReview: 1 });
  });

  it('names page and property when a required property is missing', () => {
    const { claimReviewed: _, ...broken } = review as unknown as Record<string, unknown>;
    expect(problems([page([broken])])).toContain('/sub/claims/nvidia-loss/: ClaimReview.claimReviewed: is required');
  });

  it('rejects two reviews on one page and one review on two pages', () => {
    expect(problems([page([review, review])])).toContain(
      '/sub/claims/nvidia-loss/: ClaimReview: 2 ClaimReview blocks on one page; Google allows one',
    );
    const other = page([review], undefined, '/sub/zh/claims/nvidia-loss/');
    expect(problems([page([review]), other]).some((p) => p.includes('also appears on /sub/claims/nvidia-loss/'))).toBe(
      true,
    );
  });

  it('rejects a verdict the page does not show', () => {
    expect(problems([page([review], `<h1>${claim.data.summary.en}</h1><p>Accurate</p>`)])).toEqual([
      '/sub/claims/nvidia-loss/: ClaimReview.reviewRating.ratingExplanation: "Correct." is not shown on the page',
    ]);
  });

  it('rejects relative URLs, non-ISO dates, off-site review URLs, bad rating ranges and broken JSON', () => {
    const bad = {
      ...(review as unknown as Record<string, unknown>),
      url: 'https://elsewhere.example/claims/nvidia-loss/',
      datePublished: '28/11/2026',
      reviewRating: {
        '@type': 'Rating',
        alternateName: 'Accurate',
        ratingValue: 5,
        bestRating: 1,
        worstRating: 5,
        ratingExplanation: 'Correct.',
      },
      itemReviewed: { ...(review as Record<string, any>).itemReviewed, firstAppearance: { url: '/relative' } },
    };
    const found = problems([page([bad, '{"oops": '])]);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          "ClaimReview.url: https://elsewhere.example/claims/nvidia-loss/ is not on the site's own domain",
        ),
        expect.stringContaining('ClaimReview.datePublished: "28/11/2026" is not an ISO 8601 date'),
        expect.stringContaining('ClaimReview.reviewRating: needs bestRating > worstRating >= 1'),
        expect.stringContaining('ClaimReview.itemReviewed.firstAppearance.url: "/relative" is not an absolute URL'),
        expect.stringContaining('(block): not valid JSON'),
      ]),
    );
  });
});
