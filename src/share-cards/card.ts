/**
 * What a share card (the 1200x630 Open Graph image of a claim review, an explainer or the site)
 * shows: its texts, each with the font it is drawn in, and its alt text. Pure functions of the
 * content; how the texts are laid out is layout.ts, how they are drawn draw.ts.
 */
import { t, type Locale } from '../lib/i18n';
import { RATING_IDS, RATINGS, type RatingId } from '../lib/ratings';
import type { ClaimData, ExplainerData, PersonData } from '../lib/schemas';
import { quoteStatement } from '../lib/typography';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The card's two fonts: both Noto Sans SC (Latin and Chinese), regular and bold. */
export type FontRole = 'regular' | 'bold';
export const FONT_FAMILY = 'Noto Sans SC';
export const FONT_WEIGHT: Record<FontRole, 400 | 700> = { regular: 400, bold: 700 };

/** Sizes (px) and line limits of each text block; line heights are 1.25 of the size. */
export const TYPE = {
  kicker: { role: 'regular', size: 26 },
  badge: { role: 'bold', size: 36 },
  claimHeadline: { role: 'bold', size: 64, lines: 3 },
  byline: { role: 'regular', size: 32, lines: 1 },
  explainerHeadline: { role: 'bold', size: 56, lines: 3 },
  description: { role: 'regular', size: 30, lines: 3 },
  siteName: { role: 'bold', size: 28 },
  siteHeadline: { role: 'bold', size: 64, lines: 2 },
  tagline: { role: 'regular', size: 38, lines: 3 },
  scale: { role: 'bold', size: 20 },
} as const satisfies Record<string, { role: FontRole; size: number; lines?: number }>;

/** Where a drawn text comes from, so a build error can name the record and field. */
export type TextOrigin = 'summary' | 'speaker' | 'title' | 'description' | 'interface';

export interface CardText {
  text: string;
  role: FontRole;
  origin: TextOrigin;
}

interface CardBase {
  locale: Locale;
  /** Every text the card draws, in full, with the font it is drawn in (for the glyph check). */
  texts: CardText[];
}

export interface ClaimCard extends CardBase {
  kind: 'claim';
  rating: RatingId;
  kicker: string;
  ratingLabel: string;
  headline: string;
  byline: string;
  siteName: string;
}

export interface ExplainerCard extends CardBase {
  kind: 'explainer';
  kicker: string;
  headline: string;
  description: string;
  siteName: string;
}

export interface SiteCard extends CardBase {
  kind: 'site';
  headline: string;
  tagline: string;
  scale: { rating: RatingId; label: string }[];
}

export type Card = ClaimCard | ExplainerCard | SiteCard;

/** A page's share card as its head names it: the path under the base, and the alt text. */
export interface ShareImage {
  path: string;
  alt: string;
}

export interface ClaimCardInput {
  locale: Locale;
  summary: string;
  speaker: string;
  rating: RatingId;
}
export interface ExplainerCardInput {
  locale: Locale;
  title: string;
  description: string;
}

export const claimCardInput = (locale: Locale, claim: ClaimData, speaker: PersonData): ClaimCardInput => ({
  locale,
  summary: claim.summary[locale],
  speaker: speaker.name[locale],
  rating: claim.rating,
});
export const explainerCardInput = (locale: Locale, explainer: ExplainerData): ExplainerCardInput => ({
  locale,
  title: explainer.title,
  description: explainer.description,
});

/**
 * Words for og:image:alt. A claim's card shows its rating as a badge, so the alt text names the
 * rating as a word: a reader who cannot see the image still gets the verdict. The summary and
 * title are quoted as the page quotes a statement (quoteStatement), so a quotation inside them
 * turns to ‘ ’ instead of doubling the marks (“…“…””).
 */
export const claimCardAlt = ({ locale, summary, speaker, rating }: ClaimCardInput) =>
  t(locale, 'card.claimAlt', { summary: quoteStatement(summary), speaker, rating: RATINGS[rating].label[locale] });
export const explainerCardAlt = ({ locale, title }: ExplainerCardInput) =>
  t(locale, 'card.explainerAlt', { title: quoteStatement(title) });
export const siteCardAlt = (locale: Locale) =>
  t(locale, 'card.siteAlt', { name: t(locale, 'site.name'), tagline: t(locale, 'site.tagline') });

/** English kickers are set in capitals; the glyph check sees them as drawn. */
const kickerText = (locale: Locale, text: string) => (locale === 'en' ? text.toUpperCase() : text);

/** What a claim's and an explainer's card share: the kicker naming the page kind and the site name. */
function articleFrame<K extends 'claim' | 'explainer'>(locale: Locale, kind: K) {
  const kicker = kickerText(locale, t(locale, `kind.${kind}`));
  const siteName = t(locale, 'site.name');
  const texts: CardText[] = [
    { text: kicker, role: TYPE.kicker.role, origin: 'interface' },
    { text: siteName, role: TYPE.siteName.role, origin: 'interface' },
  ];
  return { kind, locale, kicker, siteName, texts };
}

/** Runs of whitespace (a YAML line break, say) are drawn as one space. */
const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim();

export function claimCard(input: ClaimCardInput): ClaimCard {
  const { locale, speaker, rating } = input;
  const summary = oneLine(input.summary);
  const frame = articleFrame(locale, 'claim');
  const ratingLabel = RATINGS[rating].label[locale];
  const byline = t(locale, 'card.said', { name: speaker });
  return {
    ...frame,
    rating,
    ratingLabel,
    headline: summary,
    byline,
    texts: [
      { text: summary, role: TYPE.claimHeadline.role, origin: 'summary' },
      { text: speaker, role: TYPE.byline.role, origin: 'speaker' },
      { text: byline.replace(speaker, ''), role: TYPE.byline.role, origin: 'interface' },
      { text: ratingLabel, role: TYPE.badge.role, origin: 'interface' },
      ...frame.texts,
    ],
  };
}

export function explainerCard(input: ExplainerCardInput): ExplainerCard {
  const { locale } = input;
  const [title, description] = [oneLine(input.title), oneLine(input.description)];
  const frame = articleFrame(locale, 'explainer');
  return {
    ...frame,
    headline: title,
    description,
    texts: [
      { text: title, role: TYPE.explainerHeadline.role, origin: 'title' },
      { text: description, role: TYPE.description.role, origin: 'description' },
      ...frame.texts,
    ],
  };
}

export function siteCard({ locale }: { locale: Locale }): SiteCard {
  const name = t(locale, 'site.name');
  const tagline = t(locale, 'site.tagline');
  const scale = RATING_IDS.map((rating) => ({ rating, label: RATINGS[rating].label[locale] }));
  return {
    kind: 'site',
    locale,
    headline: name,
    tagline,
    scale,
    texts: [
      { text: name, role: TYPE.siteHeadline.role, origin: 'interface' },
      { text: tagline, role: TYPE.tagline.role, origin: 'interface' },
      ...scale.map(({ label }) => ({ text: label, role: TYPE.scale.role, origin: 'interface' as const })),
    ],
  };
}
