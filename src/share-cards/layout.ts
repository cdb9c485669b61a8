/**
 * The element tree satori lays out, as plain objects in the shape of React elements: where each
 * text of a card sits, in which colours. satori wraps and clamps the text itself (UAX #14 line
 * breaking through `linebreak`, so no line starts with closing punctuation; `lineClamp` ends a
 * cut text with an ellipsis); tests/unit/share-card.test.ts checks both on drawn cards.
 */
import { RATINGS, type RatingId } from '../lib/ratings';
import { CHECK_STROKE, MARK_COLOURS, MARK_PATHS } from '../lib/site-mark';
import { CARD_HEIGHT, CARD_WIDTH, FONT_FAMILY, FONT_WEIGHT, TYPE, type Card, type FontRole } from './card';

/** The light theme of src/styles/global.css (:root); tests/unit/share-card.test.ts holds them equal. */
export const CARD_COLORS = {
  bg: '#ffffff',
  fg: '#1b1b1b',
  muted: '#4b5058',
  accent: '#0a58ca',
  line: '#d5d5d0',
} as const;

const STRIPE = 16;
const PAD_X = 72;
/** Width available to text: the card less the colour stripe and the side padding. */
export const TEXT_WIDTH = CARD_WIDTH - STRIPE - 2 * PAD_X;
/** The right edge of the text, in px from the card's left edge: no drawn line may pass it. */
export const TEXT_RIGHT = CARD_WIDTH - PAD_X;

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

const ROUND_STROKE = { fill: 'none', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };

export function ratingSymbol(rating: RatingId, size: number, color: string): CardNode {
  const { paths, dots } = SYMBOL_SHAPES[rating];
  const stroke = { ...ROUND_STROKE, stroke: color, 'stroke-width': 3 };
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
export function siteMark(size: number): CardNode {
  const check = { ...ROUND_STROKE, d: MARK_PATHS.check, stroke: MARK_COLOURS.check, 'stroke-width': CHECK_STROKE };
  return {
    type: 'svg',
    props: {
      width: size,
      height: size,
      viewBox: '0 0 32 32',
      children: [
        { type: 'path', props: { d: MARK_PATHS.bubble, fill: MARK_COLOURS.bubble } },
        { type: 'path', props: check },
      ],
    },
  };
}

const font = (spec: { role: FontRole; size: number }) => ({ fontWeight: FONT_WEIGHT[spec.role], fontSize: spec.size });

/** A text block of at most `spec.lines` lines; satori breaks the lines and ends a cut one with "…". */
const textBlock = (
  text: string,
  spec: { role: FontRole; size: number; lines: number },
  style: Record<string, string | number> = {},
) =>
  el(
    'div',
    {
      display: 'block',
      ...font(spec),
      lineHeight: 1.25,
      lineClamp: spec.lines,
      textOverflow: 'ellipsis',
      ...style,
    },
    [text],
  );

/** The rating badge of the page (RatingBadge.astro): tinted pill, border in the text colour, symbol and label. */
function badge(rating: RatingId, label: string, size: number): CardNode {
  const { bg, fg } = RATINGS[rating].colors.light;
  const [padY, padRight, padLeft] = [0.22, 0.7, 0.5].map((f) => Math.round(size * f));
  return el(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      gap: Math.round(size * 0.3),
      padding: `${padY}px ${padRight}px ${padY}px ${padLeft}px`,
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

const brand = (name: string, spec: { role: FontRole; size: number }) =>
  el(
    'div',
    { display: 'flex', alignItems: 'center', gap: Math.round(spec.size * 0.5), ...font(spec), color: CARD_COLORS.fg },
    [siteMark(Math.round(spec.size * 1.4)), name],
  );

const kicker = (text: string) =>
  el('div', { display: 'flex', ...font(TYPE.kicker), color: CARD_COLORS.muted, letterSpacing: 2 }, [text]);

function frame(stripe: string, children: CardChild[]): CardNode {
  const page = { display: 'flex', width: CARD_WIDTH, height: CARD_HEIGHT, background: CARD_COLORS.bg };
  return el('div', { ...page, color: CARD_COLORS.fg, fontFamily: FONT_FAMILY }, [
    el('div', { display: 'flex', width: STRIPE, height: CARD_HEIGHT, background: stripe }),
    el(
      'div',
      { display: 'flex', flexDirection: 'column', width: CARD_WIDTH - STRIPE, padding: `60px ${PAD_X}px 52px` },
      children,
    ),
  ]);
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

const secondary = (marginTop: number) => ({ marginTop, color: CARD_COLORS.muted });

export function cardTree(card: Card): CardNode {
  switch (card.kind) {
    case 'claim':
      return frame(RATINGS[card.rating].colors.light.fg, [
        el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between' }, [
          badge(card.rating, card.ratingLabel, TYPE.badge.size),
          kicker(card.kicker),
        ]),
        middle([textBlock(card.headline, TYPE.claimHeadline), textBlock(card.byline, TYPE.byline, secondary(20))]),
        footer(card.siteName),
      ]);
    case 'explainer':
      return frame(CARD_COLORS.accent, [
        kicker(card.kicker),
        middle([
          textBlock(card.headline, TYPE.explainerHeadline),
          textBlock(card.description, TYPE.description, secondary(20)),
        ]),
        footer(card.siteName),
      ]);
    case 'site':
      return frame(CARD_COLORS.accent, [
        middle([
          el('div', { display: 'flex', alignItems: 'center', gap: 28 }, [
            siteMark(Math.round(TYPE.siteHeadline.size * 1.2)),
            // Wrapped at the full text width, as the site name was always set: beside the mark it
            // reaches into the right padding rather than break "Fact / Check".
            textBlock(card.headline, TYPE.siteHeadline, { flexShrink: 0, maxWidth: TEXT_WIDTH }),
          ]),
          textBlock(card.tagline, TYPE.tagline, secondary(24)),
        ]),
        el(
          'div',
          { display: 'flex', flexWrap: 'wrap', gap: 14 },
          card.scale.map(({ rating, label }) => badge(rating, label, TYPE.scale.size)),
        ),
      ]);
  }
}
