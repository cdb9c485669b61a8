/**
 * Share cards: the 1200x630 Open Graph image of every claim review, explainer and the site.
 * Everything here is a pure function of its inputs: which texts a card shows, how they wrap, in
 * which colours, the element tree handed to the renderer (satori), the alt text and the cache key.
 * Fonts, rendering and files live in src/render/share-cards.ts.
 */
import { CHECK_STROKE, MARK_COLOURS, MARK_PATHS } from './site-mark';
import { createHash } from 'node:crypto';
import { t, type Locale } from './i18n';
import { RATING_IDS, RATINGS, type RatingId } from './ratings';
import type { ClaimData, ExplainerData, PersonData } from './schemas';
import { wrapText, type Measure } from './text-wrap';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The light theme of src/styles/global.css (:root); tests/unit/ratings.test.ts holds them equal. */
export const CARD_COLORS = {
  bg: '#ffffff',
  fg: '#1b1b1b',
  muted: '#4b5058',
  accent: '#0a58ca',
  line: '#d5d5d0',
} as const;

/** The card's two fonts: both Noto Sans SC (Latin and Chinese), regular and bold. */
export type FontRole = 'regular' | 'bold';
export const FONT_FAMILY = 'Noto Sans SC';
export const FONT_WEIGHT: Record<FontRole, 400 | 700> = { regular: 400, bold: 700 };

/** Measures text in one font at one size, in pixels. */
export type Measurer = (role: FontRole, size: number) => Measure;

const STRIPE = 16;
const PAD_X = 72;
/** Width available to text: the card less the colour stripe and the side padding. */
export const TEXT_WIDTH = CARD_WIDTH - STRIPE - 2 * PAD_X;

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
  /** Every text the card draws, in full (before wrapping), with the font it is drawn in. */
  texts: CardText[];
}

export interface ClaimCard extends CardBase {
  kind: 'claim';
  rating: RatingId;
  kicker: string;
  ratingLabel: string;
  headline: string[];
  byline: string[];
  siteName: string;
}

export interface ExplainerCard extends CardBase {
  kind: 'explainer';
  kicker: string;
  headline: string[];
  description: string[];
  siteName: string;
}

export interface SiteCard extends CardBase {
  kind: 'site';
  headline: string[];
  tagline: string[];
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
 * rating as a word: a reader who cannot see the image still gets the verdict.
 */
export const claimCardAlt = ({ locale, summary, speaker, rating }: ClaimCardInput) =>
  t(locale, 'card.claimAlt', { summary, speaker, rating: RATINGS[rating].label[locale] });
export const explainerCardAlt = ({ locale, title }: ExplainerCardInput) => t(locale, 'card.explainerAlt', { title });
export const siteCardAlt = (locale: Locale) =>
  t(locale, 'card.siteAlt', { name: t(locale, 'site.name'), tagline: t(locale, 'site.tagline') });

const wrap = (text: string, spec: { role: FontRole; size: number; lines: number }, locale: Locale, measure: Measurer) =>
  wrapText(text, { maxWidth: TEXT_WIDTH, maxLines: spec.lines, measure: measure(spec.role, spec.size), locale }).lines;

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

export function claimCard(input: ClaimCardInput, measure: Measurer): ClaimCard {
  const { locale, summary, speaker, rating } = input;
  const frame = articleFrame(locale, 'claim');
  const ratingLabel = RATINGS[rating].label[locale];
  const byline = t(locale, 'card.said', { name: speaker });
  return {
    ...frame,
    rating,
    ratingLabel,
    headline: wrap(summary, TYPE.claimHeadline, locale, measure),
    byline: wrap(byline, TYPE.byline, locale, measure),
    texts: [
      { text: summary, role: TYPE.claimHeadline.role, origin: 'summary' },
      { text: speaker, role: TYPE.byline.role, origin: 'speaker' },
      { text: byline.replace(speaker, ''), role: TYPE.byline.role, origin: 'interface' },
      { text: ratingLabel, role: TYPE.badge.role, origin: 'interface' },
      ...frame.texts,
    ],
  };
}

export function explainerCard(input: ExplainerCardInput, measure: Measurer): ExplainerCard {
  const { locale, title, description } = input;
  const frame = articleFrame(locale, 'explainer');
  return {
    ...frame,
    headline: wrap(title, TYPE.explainerHeadline, locale, measure),
    description: wrap(description, TYPE.description, locale, measure),
    texts: [
      { text: title, role: TYPE.explainerHeadline.role, origin: 'title' },
      { text: description, role: TYPE.description.role, origin: 'description' },
      ...frame.texts,
    ],
  };
}

export function siteCard(input: { locale: Locale }, measure: Measurer): SiteCard {
  const { locale } = input;
  const name = t(locale, 'site.name');
  const tagline = t(locale, 'site.tagline');
  const scale = RATING_IDS.map((rating) => ({ rating, label: RATINGS[rating].label[locale] }));
  return {
    kind: 'site',
    locale,
    headline: wrap(name, TYPE.siteHeadline, locale, measure),
    tagline: wrap(tagline, TYPE.tagline, locale, measure),
    scale,
    texts: [
      { text: name, role: TYPE.siteHeadline.role, origin: 'interface' },
      { text: tagline, role: TYPE.tagline.role, origin: 'interface' },
      ...scale.map(({ label }) => ({ text: label, role: TYPE.scale.role, origin: 'interface' as const })),
    ],
  };
}

export interface GlyphProblem {
  origin: TextOrigin;
  role: FontRole;
  /** The characters the font has no glyph for, each once, in order of appearance. */
  missing: string[];
}

/** Characters of `text` the font lacks (whitespace aside: it is laid out, not drawn). */
export function missingCharacters(text: string, covers: (codePoint: number) => boolean): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    if (!covers(char.codePointAt(0)!)) missing.add(char);
  }
  return [...missing];
}

/** Every text of the card checked against the character map of the font it is drawn in. */
export function cardGlyphProblems(card: Card, coverage: Record<FontRole, ReadonlySet<number>>): GlyphProblem[] {
  return card.texts.flatMap(({ text, role, origin }) => {
    const missing = missingCharacters(text, (cp) => coverage[role].has(cp));
    return missing.length > 0 ? [{ origin, role, missing }] : [];
  });
}

/** `"𓀀" (U+13000)`, how a build error names a character. */
export const describeCharacter = (char: string) =>
  `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;

// ---------------------------------------------------------------------------------------------
// The element tree satori lays out: plain objects in the shape of React elements.

export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardChild | CardChild[]; [attribute: string]: unknown };
}
type CardChild = CardNode | string;

const el = (type: string, style: Record<string, string | number>, children: CardChild[] = []): CardNode => ({
  type,
  props: { style, children },
});

/**
 * The rating symbols of src/lib/ratings.ts drawn as shapes on a 24-unit grid: the card font (Noto
 * Sans SC) has no ✗, and drawing all six the same way keeps their weight even.
 */
const SYMBOL_SHAPES: Record<RatingId, { paths: string[]; dots: [number, number][] }> = {
  accurate: { paths: ['M5 12.5l4.5 4.5L19 7'], dots: [] },
  'mostly-accurate': {
    paths: ['M4.5 9.5c2.5-2.2 5-2.2 7.5 0s5 2.2 7.5 0', 'M4.5 15.5c2.5-2.2 5-2.2 7.5 0s5 2.2 7.5 0'],
    dots: [],
  },
  'needs-context': {
    paths: [],
    dots: [
      [5, 12],
      [12, 12],
      [19, 12],
    ],
  },
  misleading: { paths: ['M12 4.5v9.5'], dots: [[12, 19]] },
  inaccurate: { paths: ['M6.5 6.5l11 11', 'M17.5 6.5l-11 11'], dots: [] },
  unproven: { paths: ['M8.5 8.8a3.5 3.5 0 1 1 5.2 3.1c-1.1.6-1.7 1.4-1.7 2.6v.3'], dots: [[12, 19]] },
};

export function ratingSymbol(rating: RatingId, size: number, color: string): CardNode {
  const { paths, dots } = SYMBOL_SHAPES[rating];
  const stroke = {
    fill: 'none',
    stroke: color,
    'stroke-width': 3,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  };
  return {
    type: 'svg',
    props: {
      width: size,
      height: size,
      viewBox: '0 0 24 24',
      children: [
        ...paths.map((d) => ({ type: 'path', props: { d, ...stroke } })),
        ...dots.map(([cx, cy]) => ({ type: 'circle', props: { cx, cy, r: 2, fill: color } })),
      ],
    },
  };
}

/** The site's mark (src/lib/site-mark.ts), drawn before its name on every card. */
export function siteMark(size: number): CardNode | null {
  return {
    type: 'svg',
    props: {
      width: size,
      height: size,
      viewBox: '0 0 32 32',
      children: [
        { type: 'path', props: { d: MARK_PATHS.bubble, fill: MARK_COLOURS.bubble } },
        {
          type: 'path',
          props: {
            d: MARK_PATHS.check,
            fill: 'none',
            stroke: MARK_COLOURS.check,
            'stroke-width': CHECK_STROKE,
            'stroke-linecap': 'round',
            'stroke-linejoin': 'round',
          },
        },
      ],
    },
  };
}

const font = (spec: { role: FontRole; size: number }) => ({ fontWeight: FONT_WEIGHT[spec.role], fontSize: spec.size });
const lineBlock = (
  lines: string[],
  spec: { role: FontRole; size: number },
  style: Record<string, string | number> = {},
) =>
  el(
    'div',
    { display: 'flex', flexDirection: 'column', ...font(spec), lineHeight: 1.25, ...style },
    lines.map((line) => el('div', { display: 'flex', whiteSpace: 'pre' }, [line])),
  );

/** The rating badge of the page (RatingBadge.astro): tinted pill, border in the text colour, symbol and label. */
function badge(rating: RatingId, label: string, size: number): CardNode {
  const { bg, fg } = RATINGS[rating].colors.light;
  return el(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      gap: Math.round(size * 0.3),
      padding: `${Math.round(size * 0.22)}px ${Math.round(size * 0.7)}px ${Math.round(size * 0.22)}px ${Math.round(size * 0.5)}px`,
      borderRadius: 9999,
      border: `${Math.max(2, Math.round(size / 12))}px solid ${fg}`,
      background: bg,
      color: fg,
      fontSize: size,
      fontWeight: 700,
      lineHeight: 1.2,
    },
    [ratingSymbol(rating, Math.round(size * 1.05), fg), label],
  );
}

function brand(name: string, spec: { role: FontRole; size: number }): CardNode {
  const mark = siteMark(Math.round(spec.size * 1.4));
  return el(
    'div',
    { display: 'flex', alignItems: 'center', gap: Math.round(spec.size * 0.5), ...font(spec), color: CARD_COLORS.fg },
    [...(mark ? [mark] : []), name],
  );
}

const kicker = (text: string) =>
  el('div', { display: 'flex', ...font(TYPE.kicker), color: CARD_COLORS.muted, letterSpacing: 2 }, [text]);

function frame(stripe: string, children: CardChild[]): CardNode {
  return el(
    'div',
    {
      display: 'flex',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      background: CARD_COLORS.bg,
      color: CARD_COLORS.fg,
      fontFamily: FONT_FAMILY,
    },
    [
      el('div', { display: 'flex', width: STRIPE, height: CARD_HEIGHT, background: stripe }),
      el(
        'div',
        { display: 'flex', flexDirection: 'column', width: CARD_WIDTH - STRIPE, padding: `60px ${PAD_X}px 52px` },
        children,
      ),
    ],
  );
}

/** The main text, centred in the height between the top row and the footer. */
const middle = (children: CardChild[]) =>
  el(
    'div',
    { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, padding: '28px 0' },
    children,
  );

const footer = (siteName: string) =>
  el('div', { display: 'flex', paddingTop: 22, borderTop: `2px solid ${CARD_COLORS.line}` }, [
    brand(siteName, TYPE.siteName),
  ]);

export function cardTree(card: Card): CardNode {
  switch (card.kind) {
    case 'claim':
      return frame(RATINGS[card.rating].colors.light.fg, [
        el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between' }, [
          badge(card.rating, card.ratingLabel, TYPE.badge.size),
          kicker(card.kicker),
        ]),
        middle([
          lineBlock(card.headline, TYPE.claimHeadline),
          lineBlock(card.byline, TYPE.byline, { marginTop: 20, color: CARD_COLORS.muted }),
        ]),
        footer(card.siteName),
      ]);
    case 'explainer':
      return frame(CARD_COLORS.accent, [
        kicker(card.kicker),
        middle([
          lineBlock(card.headline, TYPE.explainerHeadline),
          lineBlock(card.description, TYPE.description, { marginTop: 20, color: CARD_COLORS.muted }),
        ]),
        footer(card.siteName),
      ]);
    case 'site': {
      const mark = siteMark(Math.round(TYPE.siteHeadline.size * 1.2));
      return frame(CARD_COLORS.accent, [
        middle([
          el('div', { display: 'flex', alignItems: 'center', gap: 28 }, [
            ...(mark ? [mark] : []),
            lineBlock(card.headline, TYPE.siteHeadline),
          ]),
          lineBlock(card.tagline, TYPE.tagline, { marginTop: 24, color: CARD_COLORS.muted }),
        ]),
        el(
          'div',
          { display: 'flex', flexWrap: 'wrap', gap: 14 },
          card.scale.map(({ rating, label }) => badge(rating, label, TYPE.scale.size)),
        ),
      ]);
    }
  }
}

/**
 * The cache key of a rendered card: a hash of everything the PNG depends on. The element tree
 * holds the texts, colours and layout (so a change to this file's layout code changes the key);
 * `environment` holds digests of the font files and the renderer versions.
 */
export function cardCacheKey(tree: CardNode, environment: Record<string, string>): string {
  const sorted = Object.fromEntries(Object.entries(environment).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256')
    .update(JSON.stringify({ width: CARD_WIDTH, height: CARD_HEIGHT, tree, environment: sorted }))
    .digest('hex')
    .slice(0, 32);
}
