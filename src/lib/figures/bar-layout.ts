/**
 * Horizontal stacked bars: the geometry only, as a pure function, so it can be tested and reused
 * (figures now, rating distributions later). Any number of categories; each row stacks its
 * segments from zero and may carry a stated total larger than the sum of its parts, drawn as the
 * remainder of the bar. Scales and ticks come from d3-scale.
 */
import { scaleLinear } from 'd3-scale';
import { FIGURE_WIDTH, FONT_SIZE, LINE_HEIGHT, round, textWidth, wrapText } from './geometry';

export interface StackSegmentInput {
  /** The category (colour, pattern, legend entry) this part belongs to. */
  category: string;
  value: number;
  /** Drawn inside the segment when it is wide enough and solid. */
  text?: string;
}

export interface StackRowInput {
  id: string;
  label: string;
  /** Rows with the same group are drawn under one heading (e.g. a year). */
  group?: string;
  segments: StackSegmentInput[];
  /** A stated total: if larger than the segments' sum, the rest of the bar is drawn for it. */
  total?: { category: string; value: number };
  /** Text at the end of the bar (usually the total, formatted). */
  valueText?: string;
  /** Drawn instead of a bar when the row has no values. */
  missingText?: string;
  /** A muted line under the bar. */
  annotation?: string;
}

export interface SegmentBox {
  category: string;
  x: number;
  width: number;
  text?: string;
}

export interface RowBox {
  row: StackRowInput;
  /** Baseline of the row label. */
  labelY: number;
  barY: number;
  segments: SegmentBox[];
  /** Right end of the bar (x of zero when the row is empty). */
  end: number;
  /** The annotation, wrapped to the figure's width, with each line's baseline. */
  annotation: { text: string; y: number }[];
}

export interface StackLayout {
  width: number;
  height: number;
  barHeight: number;
  /** x of zero and of the domain's end. */
  x0: number;
  x1: number;
  groups: { label: string; y: number }[];
  rows: RowBox[];
  ticks: { value: number; x: number }[];
  /** Top and bottom of the grid lines, and the baseline of the tick labels. */
  gridTop: number;
  gridBottom: number;
  tickLabelY: number;
}

export interface StackLayoutOptions {
  width?: number;
  barHeight?: number;
  /** Widest end-of-bar text, so the longest bar leaves room for its label. */
  valueTexts?: string[];
  tickCount?: number;
  /** The end of the axis, e.g. 100 for shares in per cent; otherwise the largest bar, rounded up. */
  domainMax?: number;
  /** Draw the value axis (grid and tick labels); false for a compact bar such as a mini scorecard. */
  axis?: boolean;
}

const sum = (segments: StackSegmentInput[]) => segments.reduce((n, s) => n + s.value, 0);

export function stackedBarLayout(rows: StackRowInput[], options: StackLayoutOptions = {}): StackLayout {
  const width = options.width ?? FIGURE_WIDTH;
  const barHeight = options.barHeight ?? 20;
  const valueSpace =
    Math.max(0, ...(options.valueTexts ?? rows.map((r) => r.valueText ?? '')).map((s) => textWidth(s))) + 12;
  const x0 = 1;
  const x1 = width - valueSpace;
  const max = Math.max(0, ...rows.map((r) => Math.max(sum(r.segments), r.total?.value ?? 0)));
  const scale = scaleLinear()
    .domain([0, Math.max(options.domainMax ?? 0, max) || 1])
    .range([x0, x1])
    .nice(options.tickCount ?? 4);
  // nice() may stretch the domain past the data; the range end stays where the labels fit.

  const groups: StackLayout['groups'] = [];
  const boxes: RowBox[] = [];
  let y = 0;
  let group: string | undefined;
  for (const row of rows) {
    if (row.group !== undefined && row.group !== group) {
      y += groups.length > 0 ? 8 : 0;
      groups.push({ label: row.group, y: round(y + FONT_SIZE) });
      y += LINE_HEIGHT;
    }
    group = row.group;
    const labelY = round(y + FONT_SIZE);
    y += LINE_HEIGHT;
    const barY = round(y);
    let at = 0;
    const segments: SegmentBox[] = row.segments.map((s) => {
      const box: SegmentBox = {
        category: s.category,
        x: round(scale(at)),
        width: round(scale(at + s.value) - scale(at)),
      };
      if (s.text && textWidth(s.text) + 8 <= box.width) box.text = s.text;
      at += s.value;
      return box;
    });
    if (row.total && row.total.value > at) {
      segments.push({
        category: row.total.category,
        x: round(scale(at)),
        width: round(scale(row.total.value) - scale(at)),
      });
      at = row.total.value;
    }
    y += barHeight + 6;
    const annotation = wrapText(row.annotation ?? '', width).map((text) => {
      const line = { text, y: round(y + FONT_SIZE - 4) };
      y += LINE_HEIGHT - 2;
      return line;
    });
    boxes.push({ row, labelY, barY, segments, end: round(scale(at)), annotation });
  }
  const gridBottom = round(y);
  const axis = options.axis ?? true;
  const ticks = axis ? scale.ticks(options.tickCount ?? 4).map((value) => ({ value, x: round(scale(value)) })) : [];
  return {
    width,
    height: axis ? round(y + 6 + LINE_HEIGHT) : round(y),
    barHeight,
    x0,
    x1: round(scale.range()[1]!),
    groups,
    rows: boxes,
    ticks,
    gridTop: groups.length > 0 ? groups[0]!.y + 6 : 0,
    gridBottom,
    tickLabelY: round(y + 6 + FONT_SIZE),
  };
}
