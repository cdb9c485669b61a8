/**
 * Every share card of the site, built once per build from the loaded content: one per claim and
 * per explainer in each locale, and the site's card in each locale. Before any card is drawn,
 * every text is checked against the fonts; a character they lack fails the build naming the file
 * and the field, instead of printing an empty box on the card.
 */
import { loadSite } from '../data/site';
import { ContentError, type ContentProblem } from '../lib/content-checks';
import { LOCALES, type Locale } from '../lib/i18n';
import { cardNames } from '../lib/urls';
import {
  claimCard,
  claimCardInput,
  explainerCard,
  explainerCardInput,
  siteCard,
  type Card,
  type TextOrigin,
} from './card';
import { cardRenderer, FONT_NAMES } from './draw';
import { cardGlyphProblems, describeCharacter } from './glyphs';

export interface ShareCardEntry {
  locale: Locale;
  /** The card's name for routes.card(): claims/<id>, explainers/<slug> or site. */
  name: string;
  card: Card;
  /** What the card shows, for error messages: the record's file, or the site. */
  source: string;
}

type Where = Partial<Record<TextOrigin, { file: string; field: string }>>;
const interfaceText = { file: 'src/lib/i18n.ts', field: '(interface string)' };

/** Every card of the site, each with where its texts come from. */
async function allCards(): Promise<(ShareCardEntry & { where: Where })[]> {
  const site = await loadSite();
  return LOCALES.flatMap((locale) => [
    ...site.claims.map((claim) => {
      const speaker = site.person(claim.data.speaker);
      const file = claim.filePath ?? `claims/${claim.id}`;
      return {
        locale,
        name: cardNames.claim(claim.id),
        source: `${file} (${locale})`,
        card: claimCard(claimCardInput(locale, claim.data, speaker.data)),
        where: {
          summary: { file, field: `summary.${locale}` },
          speaker: { file, field: `speaker (name.${locale} in ${speaker.filePath ?? `people/${speaker.id}`})` },
          interface: interfaceText,
        },
      };
    }),
    ...site.explainersIn(locale).map((explainer) => {
      const file = explainer.filePath ?? `explainers/${explainer.id}`;
      return {
        locale,
        name: cardNames.explainer(explainer.data.slug),
        source: file,
        card: explainerCard(explainerCardInput(locale, explainer.data)),
        where: {
          title: { file, field: 'title' },
          description: { file, field: 'description' },
          interface: interfaceText,
        },
      };
    }),
    {
      locale,
      name: cardNames.site(),
      card: siteCard({ locale }),
      source: `the ${locale} site card`,
      where: { interface: interfaceText },
    },
  ]);
}

let cached: Promise<ShareCardEntry[]> | undefined;

export function loadShareCards(): Promise<ShareCardEntry[]> {
  cached ??= (async () => {
    const [entries, { coverage }] = await Promise.all([allCards(), cardRenderer()]);
    const problems: ContentProblem[] = entries.flatMap(({ card, where, locale }) =>
      cardGlyphProblems(card, coverage).map(({ origin, role, missing }) => ({
        file: where[origin]?.file ?? '(unknown)',
        field: where[origin]?.field ?? origin,
        message: `the ${locale} share card cannot draw ${missing.map(describeCharacter).join(', ')}: ${FONT_NAMES[role]} has no glyph for ${missing.length > 1 ? 'them' : 'it'}`,
      })),
    );
    if (problems.length > 0) throw new ContentError(problems);
    return entries.map(({ where: _where, ...entry }) => entry);
  })();
  return cached;
}
