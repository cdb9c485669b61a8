/**
 * A time axis for events: one band per year, each event a numbered marker at its date. Events
 * too close to share a row are lifted into lanes above the axis (a greedy "dodge"), so markers
 * never overlap and each stays exactly above its date. Scale and year ticks from d3.
 */
import { scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';
import { dateMidpoint, yearOf } from './dates';
import { FIGURE_WIDTH, FONT_SIZE, round } from './geometry';

export interface TimelineLayoutOptions {
  width?: number;
  radius?: number;
  /** Space between neighbouring markers. */
  gap?: number;
}

export interface TimelineMarker {
  index: number;
  x: number;
  y: number;
  lane: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  radius: number;
  axisY: number;
  /** Year boundaries (tick lines) and year labels centred in their band. */
  yearTicks: number[];
  yearLabels: { year: number; x: number }[];
  markers: TimelineMarker[];
}

export function timelineLayout(dates: string[], options: TimelineLayoutOptions = {}): TimelineLayout {
  const width = options.width ?? FIGURE_WIDTH;
  const radius = options.radius ?? 12;
  const gap = options.gap ?? 3;
  const first = Math.min(...dates.map(yearOf));
  const last = Math.max(...dates.map(yearOf));
  const start = new Date(Date.UTC(first, 0, 1));
  const end = new Date(Date.UTC(last + 1, 0, 1));
  const x = scaleUtc()
    .domain([start, end])
    .range([radius + 1, width - radius - 1]);

  const laneEnds: number[] = [];
  const placed = dates.map((date, index) => {
    const at = x(dateMidpoint(date));
    let lane = laneEnds.findIndex((endX) => at - endX >= 2 * radius + gap);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = at;
    return { index, x: at, lane };
  });
  const lanes = Math.max(1, laneEnds.length);
  const step = 2 * radius + gap;
  const axisY = round(lanes * step + 4);
  const markers = placed.map((m) => ({ ...m, x: round(m.x), y: round(axisY - 6 - radius - m.lane * step) }));

  const years = utcYear.range(start, end);
  return {
    width,
    height: round(axisY + 8 + FONT_SIZE + 4),
    radius,
    axisY,
    yearTicks: [...years, end].map((d) => round(x(d))),
    yearLabels: years.map((d) => ({ year: d.getUTCFullYear(), x: round((x(d) + x(utcYear.offset(d, 1))) / 2) })),
    markers,
  };
}
