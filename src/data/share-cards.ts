/**
 * Every share card of the site, built once per build from the loaded content: one per claim and
 * per explainer in each locale, and the site's card in each locale. Before any card is drawn,
 * every text is checked against the fonts; a character they lack fails the build naming the file
 * and the field, instead of printing an empty box on the card.
 */
import { ContentError, type ContentProblem } from '../lib/content-checks';
import { LOCALES, type Locale } from '../lib/i18n';
import {
  cardGlyphProblems,
  claimCard,
  claimCardInput,
  describeCharacter,
  explainerCard,
  explainerCardInput,
  siteCard,
  type Card,
  type TextOrigin,
} from '../lib/share-card';
import { cardNames } from '../lib/urls';
import { cardRenderer, FONT_NAMES } from '../render/share-cards';
import { loadSite } from './site';

export interface ShareCardEntry {
  locale: Locale;
  /** The card's name for routes.card(): claims/<id>, explainers/<slug> or site. */
  name: string;
  card: Card;
  /** What the card shows, for error messages: the record's file, or the site. */
  source: string;
}

type Where = Record<TextOrigin, { file: string; field: string }>;

let cached: Promise<ShareCardEntry[]> | undefined;

export function loadShareCards(): Promise<ShareCardEntry[]> {
  cached ??= (async () => {
    const [site, renderer] = await Promise.all([loadSite(), cardRenderer()]);
    const entries: (ShareCardEntry & { where: Partial<Where> })[] = [];
    const interfaceText = { file: 'src/lib/i18n.ts', field: '(interface string)' };

    for (const locale of LOCALES) {
      for (const claim of site.claims) {
        const speaker = site.person(claim.data.speaker);
        const file = claim.filePath ?? `claims/${claim.id}`;
        entries.push({
          locale,
          name: cardNames.claim(claim.id),
          source: `${file} (${locale})`,
          card: claimCard(claimCardInput(locale, claim.data, speaker.data), renderer.measure),
          where: {
            summary: { file, field: `summary.${locale}` },
            speaker: { file, field: `speaker (name.${locale} in ${speaker.filePath ?? `people/${speaker.id}`})` },
            interface: interfaceText,
          },
        });
      }
      for (const explainer of site.explainersIn(locale)) {
        const file = explainer.filePath ?? `explainers/${explainer.id}`;
        entries.push({
          locale,
          name: cardNames.explainer(explainer.data.slug),
          source: file,
          card: explainerCard(explainerCardInput(locale, explainer.data), renderer.measure),
          where: {
            title: { file, field: 'title' },
            description: { file, field: 'description' },
            interface: interfaceText,
          },
        });
      }
      entries.push({
        locale,
        name: cardNames.site(),
        card: siteCard({ locale }, renderer.measure),
        source: `the ${locale} site card`,
        where: { interface: interfaceText },
      });
    }

    const problems: ContentProblem[] = entries.flatMap(({ card, where, locale }) =>
      cardGlyphProblems(card, renderer.coverage).map(({ origin, role, missing }) => ({
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
