/**
 * Which sources a figure cites and which figures a page embeds: small pure functions shared by
 * the cross-record checks, the pages and the CSV.
 */
import type { ChartFigureData, FigureData } from '../schemas';

export type ChartSeries = ChartFigureData['series'][number];

/** The source of a series' value at a category (a single listed source covers every value). */
export function sourceAt(series: ChartSeries, index: number): string | null {
  return (series.sources.length === 1 ? series.sources[0] : series.sources[index]) ?? null;
}

/** Every source a figure cites, in order of first use. */
export function figureSourceIds(figure: FigureData): string[] {
  const ids =
    figure.chart === 'timeline'
      ? figure.events.flatMap((e) => e.sources)
      : figure.series.flatMap((s) => s.values.map((_, j) => sourceAt(s, j)));
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/** The figures an MDX body embeds with <Figure id="..." />, in order. */
export function figureIdsIn(body: string): string[] {
  return [...body.matchAll(/<Figure\b[^>]*?\bid=["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** A page's source list with the sources of the figures it embeds added after its own. */
export function withFigureSources(sourceIds: string[], body: string, figureOf: (id: string) => FigureData): string[] {
  return [...new Set([...sourceIds, ...figureIdsIn(body).flatMap((id) => figureSourceIds(figureOf(id)))])];
}
