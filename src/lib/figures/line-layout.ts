/**
 * A line chart over dated categories: x is time (d3 scaleUtc), y starts at zero (scaleLinear,
 * nice ticks), and each series is a d3-shape line that breaks where a value is missing rather
 * than drawing through it. Series are told apart by a marker shape (d3 symbols) and a label at
 * their last point, not by colour alone.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line, symbol, symbolsFill } from 'd3-shape';
import { dateMidpoint } from './dates';
import { FIGURE_WIDTH, FONT_SIZE, LINE_HEIGHT, round, textWidth } from './geometry';

export interface LineLayoutOptions {
  width?: number;
  height?: number;
  tickCount?: number;
  /** Widest y tick label and end label, so neither is clipped. */
  tickLabels?: string[];
  endLabels?: string[];
}

export interface LineSeriesBox {
  path: string;
  points: { x: number; y: number; value: number }[];
  symbol: string;
  /** Where the series' name goes: after its last point. */
  label?: { x: number; y: number };
}

export interface LineLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  xTicks: { x: number; date: string }[];
  yTicks: { y: number; value: number }[];
  series: LineSeriesBox[];
}

export function lineChartLayout(
  dates: string[],
  series: (number | null)[][],
  options: LineLayoutOptions = {},
): LineLayout {
  const width = options.width ?? FIGURE_WIDTH;
  const height = options.height ?? 240;
  const plotLeft = Math.max(...(options.tickLabels ?? ['0']).map((s) => textWidth(s))) + 6;
  const plotRight = width - Math.max(0, ...(options.endLabels ?? []).map((s) => textWidth(s))) - 12;
  const plotTop = FONT_SIZE;
  const plotBottom = height - LINE_HEIGHT - 4;
  const times = dates.map(dateMidpoint);
  const x = scaleUtc()
    .domain([times[0]!, times.at(-1)!])
    .range([plotLeft + 8, plotRight]);
  const max = Math.max(0, ...series.flat().filter((v): v is number => v !== null));
  const y = scaleLinear()
    .domain([0, max || 1])
    .range([plotBottom, plotTop])
    .nice(options.tickCount ?? 4);
  const path = line<number | null>()
    .defined((v) => v !== null)
    .x((_, i) => x(times[i]!))
    .y((v) => y(v ?? 0));
  const shape = symbol().size(64).digits(1);
  return {
    width,
    height,
    plotLeft,
    plotRight,
    plotTop,
    plotBottom,
    xTicks: dates.map((date, i) => ({ x: round(x(times[i]!)), date })),
    yTicks: y.ticks(options.tickCount ?? 4).map((value) => ({ value, y: round(y(value)) })),
    series: series.map((values, k) => {
      const points = values.flatMap((v, i) =>
        v === null ? [] : [{ x: round(x(times[i]!)), y: round(y(v)), value: v }],
      );
      const lastPoint = points.at(-1);
      return {
        path: (path.digits(1)(values) ?? '').replace(/\.0(?=\D|$)/g, ''),
        points,
        symbol: shape.type(symbolsFill[k % symbolsFill.length]!)() ?? '',
        ...(lastPoint && { label: { x: round(lastPoint.x + 10), y: round(lastPoint.y + FONT_SIZE / 3) } }),
      };
    }),
  };
}
