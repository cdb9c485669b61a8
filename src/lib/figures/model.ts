/**
 * From a figure's data file to what the components draw and what readers download: bar rows,
 * the data table, the CSV, and the sources. Pure functions of the records.
 */
import { formatDate, t, type Locale, type UiKey } from '../i18n';
import { csvField } from '../feeds';
import type { ChartFigureData, Evidence, FigureData, FigureValue, TimelineFigureData } from '../schemas';
import type { StackRowInput } from './bar-layout';
import { formatFull, formatLabel, numberOf, type ValueStyle } from './format';
import { sourceAt } from './refs';

/**
 * How a series is drawn: a tone class from global.css (it sets the --tone colour for light, dark
 * and print) and a fill pattern. Colours travel as classes, not style attributes, because the
 * site's Content-Security-Policy allows no inline styles.
 */
export interface SeriesStyle {
  id: string;
  label: string;
  tone: string;
  pattern: 'solid' | 'hatch' | 'dots';
  /** A series with one value names it in the key: parts too thin to see still get a number. */
  value?: string;
}

export function seriesStyles(figure: ChartFigureData, locale: Locale): SeriesStyle[] {
  const several = figure.series.filter((s) => s.values.some((v) => v !== null)).length > 1;
  return figure.series.map((s, i) => {
    const values = s.values.filter((v) => v !== null);
    const value =
      several && !s.total && values.length === 1
        ? formatLabel(values[0]!, locale, figure.valueStyle, figure.labelDigits)
        : null;
    return {
      id: s.id,
      label: s.label[locale],
      tone: `tone-${s.colour ?? (i % 7) + 1}`,
      pattern: s.pattern,
      ...(value && { value }),
    };
  });
}

/** Line chart series: the plain numbers, with each series' name and colour. */
export function lineSeries(
  figure: ChartFigureData,
  locale: Locale,
): { label: string; tone: string; values: (number | null)[] }[] {
  return seriesStyles(figure, locale).map((style, i) => ({
    label: style.label,
    tone: style.tone,
    values: figure.series[i]!.values.map(numberOf),
  }));
}

/**
 * Bar chart rows: one per category and bar. Series in the same bar are stacked; a `total` series
 * supplies the rest of the bar beyond its parts.
 */
export function barRows(figure: ChartFigureData, locale: Locale): StackRowInput[] {
  const style: ValueStyle = figure.valueStyle;
  const digits = figure.labelDigits;
  const bars = (figure.chart === 'bar' && figure.bars) || [undefined];
  return figure.categories.flatMap((category, j) =>
    bars.map((bar, b) => {
      const inBar = figure.series.filter((s) => s.bar === bar?.id);
      const parts = inBar.filter((s) => !s.total && numberOf(s.values[j] ?? null) !== null);
      const total = inBar.find((s) => s.total && numberOf(s.values[j] ?? null) !== null);
      const shown: FigureValue = total ? total.values[j]! : parts.length === 1 ? parts[0]!.values[j]! : null;
      const sumOfParts = parts.reduce((n, s) => n + numberOf(s.values[j]!)!, 0);
      const label = bar ? bar.label[locale] : category.label[locale];
      return {
        id: `${category.id}-${bar?.id ?? b}`,
        label,
        ...(bar && { group: category.label[locale] }),
        // A bar of several parts names each part's value inside it; its end label is the total.
        segments: parts.map((s) => ({
          category: s.id,
          value: numberOf(s.values[j]!)!,
          ...((parts.length > 1 || total) && { text: formatLabel(s.values[j]!, locale, style, digits)! }),
        })),
        ...(total && { total: { category: total.id, value: numberOf(total.values[j]!)! } }),
        ...((shown !== null || parts.length > 0) && {
          valueText: formatLabel(shown ?? sumOfParts, locale, style, digits)!,
        }),
        ...(parts.length === 0 && !total && { missingText: t(locale, 'figure.notShown') }),
        ...(category.annotation && b === bars.length - 1 && { annotation: category.annotation[locale] }),
      };
    }),
  );
}

export interface FigureTable {
  caption: string;
  head: string[];
  rows: string[][];
}

const EVENT_KIND_KEYS = {
  rule: 'event.rule',
  'entity-listing': 'event.entityListing',
  'licence-decision': 'event.licenceDecision',
  rescission: 'event.rescission',
  deal: 'event.deal',
  enforcement: 'event.enforcement',
  china: 'event.china',
} as const satisfies Record<TimelineFigureData['events'][number]['kind'], UiKey>;

export const eventKindLabel = (kind: TimelineFigureData['events'][number]['kind'], locale: Locale) =>
  t(locale, EVENT_KIND_KEYS[kind]);

/** Each kind of event has its own colour; its name is always written next to it too. */
const EVENT_KIND_COLOURS = {
  rule: 1,
  'entity-listing': 3,
  'licence-decision': 4,
  rescission: 6,
  deal: 2,
  enforcement: 7,
  china: 5,
} as const satisfies Record<TimelineFigureData['events'][number]['kind'], number>;

/** A class (k1 ... k7 in global.css) that sets `color` and `stroke` to the kind's colour. */
export const eventKindClass = (kind: TimelineFigureData['events'][number]['kind']) => `k${EVENT_KIND_COLOURS[kind]}`;

/** The "Show the data" table: one row per category (charts) or per event (timelines). */
export function figureTable(
  figure: FigureData,
  locale: Locale,
  publisherOf: (sourceId: string) => string,
): FigureTable {
  if (figure.chart === 'timeline') {
    return {
      caption: figure.title[locale],
      head: [t(locale, 'figure.date'), t(locale, 'figure.kind'), t(locale, 'figure.event'), t(locale, 'figure.source')],
      rows: figure.events.map((e) => [
        formatDate(e.date, locale),
        eventKindLabel(e.kind, locale),
        e.text[locale],
        e.sources.map(publisherOf).join(t(locale, 'sep.semicolon')),
      ]),
    };
  }
  return {
    caption: figure.unit[locale],
    head: [figure.categoryHeading[locale], ...figure.series.map((s) => s.label[locale])],
    rows: figure.categories.map((c, j) => [
      c.label[locale],
      ...figure.series.map(
        (s) => formatFull(s.values[j] ?? null, locale, figure.valueStyle) ?? t(locale, 'figure.notShown'),
      ),
    ]),
  };
}

interface SourceRef {
  url: string;
}

const quotesFor = (evidence: Evidence[], sourceId: string) => evidence.filter((e) => e.source === sourceId);
const joinQuotes = (evidence: Evidence[]) => evidence.map((e) => e.quote).join(' / ');
const joinSeen = (evidence: Evidence[]) => [...new Set(evidence.map((e) => e.seenAt ?? ''))].filter(Boolean).join(' ');
const joinNotes = (evidence: Evidence[], locale: 'en' | 'zh') =>
  evidence
    .map((e) => e.note?.[locale] ?? '')
    .filter(Boolean)
    .join(' / ');

export const CHART_CSV_COLUMNS = [
  'figure',
  'category_id',
  'category_en',
  'category_zh',
  'date',
  'series_id',
  'series_en',
  'series_zh',
  'value',
  'qualifier',
  'unit_en',
  'unit_zh',
  'source_id',
  'source_url',
  'evidence_quote',
  'evidence_seen_at',
  'evidence_note_en',
  'evidence_note_zh',
] as const;

export const TIMELINE_CSV_COLUMNS = [
  'figure',
  'date',
  'kind',
  'text_en',
  'text_zh',
  'source_ids',
  'source_urls',
  'evidence_quote',
  'evidence_seen_at',
  'evidence_note_en',
  'evidence_note_zh',
] as const;

/**
 * The figure's data as CSV, one row per value (or event), each with its source and the source's
 * own words, so a number can be re-checked without the site. UTF-8 with BOM and CRLF, like
 * claims.csv; every field is defused against spreadsheet formulas.
 */
export function figureCsv(id: string, figure: FigureData, sourceOf: (sourceId: string) => SourceRef): string {
  let rows: (string | number | null)[][];
  if (figure.chart === 'timeline') {
    rows = [
      [...TIMELINE_CSV_COLUMNS],
      ...figure.events.map((e) => [
        id,
        e.date,
        e.kind,
        e.text.en,
        e.text.zh,
        e.sources.join(' '),
        e.sources.map((s) => sourceOf(s).url).join(' '),
        joinQuotes(e.evidence),
        joinSeen(e.evidence),
        joinNotes(e.evidence, 'en'),
        joinNotes(e.evidence, 'zh'),
      ]),
    ];
  } else {
    rows = [[...CHART_CSV_COLUMNS]];
    figure.categories.forEach((c, j) => {
      for (const s of figure.series) {
        const value = s.values[j] ?? null;
        const n = numberOf(value);
        if (n === null || value === null) continue;
        const source = sourceAt(s, j)!;
        const evidence = quotesFor(s.evidence, source);
        rows.push([
          id,
          c.id,
          c.label.en,
          c.label.zh,
          c.date ?? '',
          s.id,
          s.label.en,
          s.label.zh,
          n,
          typeof value === 'number' ? '' : value.qualifier,
          figure.unit.en,
          figure.unit.zh,
          source,
          sourceOf(source).url,
          joinQuotes(evidence),
          joinSeen(evidence),
          joinNotes(evidence, 'en'),
          joinNotes(evidence, 'zh'),
        ]);
      }
    });
  }
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export interface SourceLink {
  href: string;
  text: string;
  language: string;
}

/**
 * The figure's source line: one entry per publisher, linking each of its documents; several
 * documents from one publisher are told apart by their dates ("Tesla (January 2024, ...)").
 */
export function sourceLine(
  sources: { publisher: string; url: string; date: string; language: string }[],
  locale: Locale,
): { publisher: string; links: SourceLink[] }[] {
  const groups = new Map<string, { publisher: string; links: SourceLink[] }>();
  for (const s of sources) {
    const group = groups.get(s.publisher) ?? { publisher: s.publisher, links: [] };
    group.links.push({ href: s.url, text: formatDate(s.date, locale), language: s.language });
    groups.set(s.publisher, group);
  }
  return [...groups.values()];
}
