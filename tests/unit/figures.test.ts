/**
 * The figure system's pure parts: the data schema, the cross-record checks, number formats, and
 * the layouts (scales, ticks, bar geometry, timeline lanes, line paths), and the CSV.
 */
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type ContentSet } from '../../src/lib/content-checks';
import { stackedBarLayout } from '../../src/lib/figures/bar-layout';
import { formatFull, formatLabel, formatShort } from '../../src/lib/figures/format';
import { textWidth, wrapText } from '../../src/lib/figures/geometry';
import { lineChartLayout } from '../../src/lib/figures/line-layout';
import {
  barRows,
  CHART_CSV_COLUMNS,
  figureCsv,
  figureTable,
  lineSeries,
  seriesStyles,
  sourceLine,
} from '../../src/lib/figures/model';
import { figureIdsIn, figureSourceIds, withFigureSources } from '../../src/lib/figures/refs';
import { timelineLayout } from '../../src/lib/figures/timeline-layout';
import { figureSchema, type ChartFigureData, type FigureData } from '../../src/lib/schemas';
import { csvRecords } from '../support/csv';
import { validBarFigure, validTimeline } from '../support/figures';
import { explainerRecord, linkedPages, sourceRecord } from '../support/records';

function problemPaths(value: unknown) {
  const result = figureSchema.safeParse(value);
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => i.path.join('.'));
}

describe('figure schema', () => {
  it('parses a valid bar chart and timeline', () => {
    expect(figureSchema.parse(validBarFigure()).chart).toBe('bar');
    expect(figureSchema.parse(validTimeline()).chart).toBe('timeline');
  });

  it('rejects a series with more or fewer values than categories', () => {
    const f = validBarFigure();
    f.series[0]!.values = [1, 2, 3];
    expect(problemPaths(f)).toEqual(['series.0.values']);
  });

  it('rejects a negative count', () => {
    const f = validBarFigure();
    f.series[0]!.values = [10, -1];
    expect(problemPaths(f)).toEqual(['series.0.values.1']);
  });

  it('rejects categories and events out of date order, at any precision', () => {
    const f = validBarFigure();
    f.categories[1]!.date = '2022-12';
    expect(problemPaths(f)).toEqual(['categories.1.date']);
    const t = validTimeline();
    t.events[1]!.date = '2018-03-31';
    expect(problemPaths(t)).toEqual(['events.1.date']);
  });

  it('rejects a label missing in one language', () => {
    const f = validBarFigure() as Record<string, any>;
    f.title = { en: 'Sales' };
    expect(problemPaths(f)).toEqual(['title.zh']);
  });

  it('needs a source for every value, and one source per value when several are listed', () => {
    const f = validBarFigure();
    f.series[0]!.sources = ['s1', null] as never;
    expect(problemPaths(f)).toEqual(['series.0.sources.1']);
    f.series[0]!.sources = ['s1', 's1', 's1'];
    expect(problemPaths(f)).toContain('series.0.sources');
    f.series[0]!.values = [10, null] as never;
    f.series[0]!.sources = ['s1', null] as never;
    expect(figureSchema.safeParse(f).success).toBe(true);
  });

  it('rejects an unknown event kind and an unknown key', () => {
    const t = validTimeline() as Record<string, any>;
    t.events[0].kind = 'sanction';
    expect(problemPaths(t)).toEqual(['events.0.kind']);
    const f = validBarFigure() as Record<string, any>;
    f.colour = 3;
    expect(problemPaths(f)).toEqual(['']);
  });
});

describe('figure cross-record checks', () => {
  const set = (figure: FigureData, body = '<Figure id="f" />'): ContentSet => ({
    people: [],
    sources: [sourceRecord()],
    claims: [],
    explainers: ['en', 'zh'].map((l) => explainerRecord(l, body)),
    pages: linkedPages(),
    figures: [{ id: 'f', filePath: 'content/data/f.yaml', data: figure }],
  });
  const messages = (s: ContentSet) => checkContent(s).map(formatProblem);

  it('accepts a consistent figure, and counts a source used only by a figure as cited', () => {
    expect(messages(set(figureSchema.parse(validBarFigure())))).toEqual([]);
    const s = set(figureSchema.parse(validBarFigure()));
    s.explainers.forEach((e) => (e.data.sources = []));
    expect(messages(s)).toEqual([]);
  });

  it('names the file and series of an unknown source', () => {
    const f = validBarFigure();
    f.series[0]!.sources = ['nowhere'];
    f.series[0]!.evidence[0]!.source = 'nowhere';
    expect(messages(set(figureSchema.parse(f)))).toContain(
      'content/data/f.yaml: series[0].sources: unknown source "nowhere" (no file for it in sources/)',
    );
  });

  it('needs the words of every source used, and only of sources used', () => {
    const f = validBarFigure();
    f.series[0]!.evidence[0]!.source = 'other';
    const problems = messages(set(figureSchema.parse(f)));
    expect(problems).toContain(
      'content/data/f.yaml: series[0].evidence: no quote from "s1": keep the words of every source used',
    );
    expect(problems).toContain('content/data/f.yaml: series[0].evidence[0].source: "other" is not one of its sources');
    const t = validTimeline();
    t.events[1]!.evidence = [{ source: 'other', lang: 'en', quote: 'x' }];
    expect(messages(set(figureSchema.parse(t)))).toContain(
      'content/data/f.yaml: events[1].evidence: no quote from "s1": keep the words of every source used',
    );
  });

  it('flags an embedded figure that does not exist, and editions that show different figures', () => {
    const s = set(figureSchema.parse(validBarFigure()), '<Figure id="f" />\n\n<Figure id="ghost" />');
    expect(messages(s)).toContain(
      'content/explainers/en/story.mdx: body: embeds unknown figure "ghost" (no file for it in data/)',
    );
    const t = set(figureSchema.parse(validBarFigure()));
    t.explainers[1]!.body = '';
    expect(messages(t)).toEqual([
      'content/explainers/zh/story.mdx: body: shows other figures than content/explainers/en/story.mdx: both editions must show the same figures in the same order',
    ]);
  });
});

describe('figure references', () => {
  it('finds embedded figures in order, with either quote style', () => {
    expect(figureIdsIn('Text <Figure id="a" />\n\n<Figure  id=\'b-2\'/> <FigureX id="c" />')).toEqual(['a', 'b-2']);
  });

  it("adds a page's figure sources after its own, once each", () => {
    const figure = figureSchema.parse({
      ...validBarFigure(),
      series: [
        {
          ...validBarFigure().series[0]!,
          sources: ['s2', 's1'],
          evidence: [
            { source: 's1', lang: 'en', quote: 'q' },
            { source: 's2', lang: 'en', quote: 'q' },
          ],
        },
      ],
    });
    expect(figureSourceIds(figure)).toEqual(['s2', 's1']);
    expect(withFigureSources(['s1', 's0'], '<Figure id="f" />', () => figure)).toEqual(['s1', 's0', 's2']);
  });
});

describe('number formats', () => {
  it('shortens numbers per locale for labels and ticks', () => {
    expect(formatShort(1_808_581, 'en')).toBe('1.81M');
    expect(formatShort(1_808_581, 'zh')).toBe('181 万');
    expect(formatShort(2_788_000, 'en', 'number', 4)).toBe('2.788M');
    expect(formatShort(119_000, 'en')).toBe('119K');
    expect(formatShort(80, 'en', 'percent')).toBe('80%');
  });

  it("gives exact values in full and keeps the source's rounding words", () => {
    expect(formatFull(1_808_581, 'en')).toBe('1,808,581');
    expect(formatFull({ value: 1_760_000, qualifier: 'about' }, 'en')).toBe('about 1.76 million');
    expect(formatFull({ value: 2_250_000, qualifier: 'more-than' }, 'zh')).toBe('超过 225 万');
    expect(formatFull(null, 'en')).toBeNull();
    expect(formatLabel({ value: 80, qualifier: 'about' }, 'zh', 'percent')).toBe('约 80%');
  });

  it('gives a value we could not check exactly, and says it is unverified, in the table and on the bar', () => {
    expect(formatFull({ value: 358_023, qualifier: 'unverified' }, 'en')).toBe('358,023 (unverified)');
    expect(formatFull({ value: 358_023, qualifier: 'unverified' }, 'zh')).toBe('358,023（未能证实）');
    expect(formatLabel({ value: 358_023, qualifier: 'unverified' }, 'en')).toBe('358K (unverified)');
    expect(formatLabel({ value: 358_023, qualifier: 'unverified' }, 'zh')).toMatch(/（未证实）$/);
  });
});

describe('stacked bar layout', () => {
  const rows = [
    {
      id: 'a',
      label: 'A',
      group: '2024',
      segments: [
        { category: 'x', value: 10 },
        { category: 'y', value: 5 },
      ],
      valueText: '15',
    },
    {
      id: 'b',
      label: 'B',
      group: '2024',
      segments: [{ category: 'x', value: 4 }],
      total: { category: 't', value: 30 },
      valueText: '30',
    },
    {
      id: 'c',
      label: 'C',
      group: '2025',
      segments: [],
      missingText: 'not shown',
      annotation: 'A long note that has to wrap because it is far wider than the figure is',
    },
  ];
  const layout = stackedBarLayout(rows);

  it('stacks segments end to end from zero, on a scale shared by every row', () => {
    const [a, b] = layout.rows;
    expect(a!.segments[0]!.x).toBe(layout.x0);
    expect(a!.segments[1]!.x).toBeCloseTo(a!.segments[0]!.x + a!.segments[0]!.width, 1);
    // The same value is the same length in every row.
    const unit = a!.segments[0]!.width / 10;
    expect(b!.segments[0]!.width).toBeCloseTo(unit * 4, 0);
  });

  it('draws the rest of a stated total as its own segment', () => {
    const b = layout.rows[1]!;
    expect(b.segments.map((s) => s.category)).toEqual(['x', 't']);
    expect(b.end).toBeCloseTo(layout.x0 + (30 / 10) * layout.rows[0]!.segments[0]!.width, 0);
  });

  it('keeps the longest bar and its label inside the figure', () => {
    for (const r of layout.rows) expect(r.end).toBeLessThanOrEqual(layout.x1);
    expect(layout.x1 + 6 + textWidth('30')).toBeLessThanOrEqual(layout.width);
  });

  it('ticks at nice round values from zero, within the axis', () => {
    expect(layout.ticks[0]).toEqual({ value: 0, x: layout.x0 });
    const values = layout.ticks.map((t) => t.value);
    expect(values.at(-1)).toBeGreaterThanOrEqual(30);
    for (const v of values) expect(v % 10).toBe(0);
    for (const t of layout.ticks) expect(t.x).toBeLessThanOrEqual(layout.x1 + 0.1);
  });

  it('gives an empty row no segments, heads each group once, and wraps annotations to the width', () => {
    const c = layout.rows[2]!;
    expect(c.segments).toEqual([]);
    expect(layout.groups.map((g) => g.label)).toEqual(['2024', '2025']);
    expect(c.annotation.length).toBeGreaterThan(1);
    for (const line of c.annotation) expect(textWidth(line.text)).toBeLessThanOrEqual(layout.width);
    expect(layout.height).toBeGreaterThan(c.annotation.at(-1)!.y);
  });

  it('can run the axis to a fixed end, such as 100 for shares', () => {
    const l = stackedBarLayout([{ id: 'a', label: 'A', segments: [{ category: 'x', value: 80 }], valueText: '80%' }], {
      domainMax: 100,
    });
    expect(l.ticks.at(-1)!.value).toBe(100);
    expect(l.rows[0]!.end).toBeCloseTo(l.x0 + 0.8 * (l.x1 - l.x0), 0);
  });

  it("writes a part's value inside it only if it fits", () => {
    const l = stackedBarLayout([
      {
        id: 'a',
        label: 'A',
        segments: [
          { category: 'x', value: 1, text: '1' },
          { category: 'y', value: 100, text: '100 units' },
        ],
      },
    ]);
    expect(l.rows[0]!.segments.map((s) => s.text)).toEqual([undefined, '100 units']);
  });
});

describe('timeline layout', () => {
  const dates = ['2018-04', '2018-07-13', '2019-05', '2025-01-13', '2025-04-09', '2025-05-13', '2025-08', '2026-01-15'];
  const layout = timelineLayout(dates);

  it('places each event at its date, in order, with a band for every year', () => {
    const xs = layout.markers.map((m) => m.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(layout.yearLabels.map((y) => y.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(layout.yearTicks).toHaveLength(10);
    // A month-precision date sits mid-month, inside its year's band.
    const april2018 = layout.markers[0]!.x;
    expect(april2018).toBeGreaterThan(layout.yearTicks[0]!);
    expect(april2018).toBeLessThan(layout.yearTicks[1]!);
  });

  it('lifts crowded markers into lanes so that none overlap', () => {
    for (const a of layout.markers) {
      for (const b of layout.markers) {
        if (a === b) continue;
        const apart = Math.hypot(a.x - b.x, a.y - b.y);
        expect(apart, `${dates[a.index]} and ${dates[b.index]}`).toBeGreaterThanOrEqual(2 * layout.radius);
      }
    }
    expect(Math.max(...layout.markers.map((m) => m.lane))).toBeGreaterThan(0);
    for (const m of layout.markers) expect(m.y + layout.radius).toBeLessThan(layout.axisY);
  });
});

describe('line layout', () => {
  it('starts the y axis at zero and breaks a line where a value is missing', () => {
    const l = lineChartLayout(
      ['2022', '2023', '2024', '2025'],
      [
        [1, 2, null, 4],
        [3, 3, 3, 3],
      ],
    );
    expect(l.yTicks[0]).toEqual({ value: 0, y: l.plotBottom });
    expect(l.series[0]!.path.match(/M/g)).toHaveLength(2);
    expect(l.series[1]!.path.match(/M/g)).toHaveLength(1);
    expect(l.series[0]!.points).toHaveLength(3);
    expect(l.series[0]!.symbol).not.toBe(l.series[1]!.symbol);
    expect(l.xTicks.map((t) => t.x)).toEqual([...l.xTicks.map((t) => t.x)].sort((a, b) => a - b));
  });
});

describe('text wrapping', () => {
  it('breaks Latin text at spaces and Chinese between characters', () => {
    expect(wrapText('one two three four', textWidth('three four'))).toEqual(['one two', 'three four']);
    const zh = wrapText('按报告假设的每 GPU 小时 2 美元计：557.6 万美元', 120);
    expect(zh.join('').replace(/\s/g, '')).toBe('按报告假设的每GPU小时2美元计：557.6万美元');
    for (const line of zh) expect(textWidth(line)).toBeLessThanOrEqual(120);
  });
});

describe('figure model', () => {
  const figure = figureSchema.parse({
    ...validBarFigure(),
    bars: [
      { id: 'p', label: { en: 'P', zh: '乙' } },
      { id: 'q', label: { en: 'Q', zh: '丙' } },
    ],
    series: [
      { ...validBarFigure().series[0]!, id: 'p-all', bar: 'p' },
      {
        id: 'q-part',
        bar: 'q',
        label: { en: 'Q part', zh: '丙部分' },
        values: [null, 5],
        sources: [null, 's1'],
        evidence: [{ source: 's1', lang: 'en', quote: 'Q had 5 of 9, "=1+1".' }],
      },
      {
        id: 'q-total',
        bar: 'q',
        total: true,
        pattern: 'hatch',
        label: { en: 'Q total', zh: '丙合计' },
        values: [null, 9],
        sources: [null, 's1'],
        evidence: [
          {
            source: 's1',
            lang: 'en',
            quote: 'Q had 5 of 9, "=1+1".',
            seenAt: 'https://example.org/copy',
            note: { en: 'A syndicated copy.', zh: '转载的副本。' },
          },
        ],
      },
    ],
  }) as ChartFigureData;

  it('makes one row per category and bar, stacking parts under a stated total', () => {
    const rows = barRows(figure, 'en');
    expect(rows.map((r) => r.id)).toEqual(['2023-p', '2023-q', '2024-p', '2024-q']);
    expect(rows[1]!.missingText).toBe('not shown');
    expect(rows[3]!.segments).toEqual([{ category: 'q-part', value: 5, text: '5' }]);
    expect(rows[3]!.total).toEqual({ category: 'q-total', value: 9 });
    expect(rows[3]!.valueText).toBe('9');
    expect(rows[2]!.valueText).toBe('~20');
  });

  it('gives a line chart plain numbers, keeping gaps', () => {
    expect(lineSeries(figure, 'en').map((s) => s.values)).toEqual([
      [10, 20],
      [null, 5],
      [null, 9],
    ]);
  });

  it('styles each series with a tone class and its pattern', () => {
    expect(seriesStyles(figure, 'zh').map((s) => [s.tone, s.pattern])).toEqual([
      ['tone-1', 'solid'],
      ['tone-2', 'solid'],
      ['tone-3', 'hatch'],
    ]);
  });

  it('tabulates one row per category, naming what is not shown', () => {
    const table = figureTable(figure, 'en', () => 'P');
    expect(table.head).toEqual(['Year', 'A', 'Q part', 'Q total']);
    expect(table.rows).toEqual([
      ['2023', '10', 'not shown', 'not shown'],
      ['2024', 'about 20', '5', '9'],
    ]);
    const timeline = figureTable(figureSchema.parse(validTimeline()), 'zh', () => '出版方');
    expect(timeline.rows).toHaveLength(2);
    expect(timeline.rows[0]!.slice(0, 2)).toEqual(['2018 年 4 月', '规则']);
  });

  it("writes a CSV that parses back to the same values, with each value's source and its words", () => {
    const csv = figureCsv('f', figure, (id) => ({ url: `https://example.org/${id}` }));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const records = csvRecords(csv);
    expect(Object.keys(records[0]!)).toEqual([...CHART_CSV_COLUMNS]);
    expect(records.map((r) => [r.category_id, r.series_id, Number(r.value), r.qualifier])).toEqual([
      ['2023', 'p-all', 10, ''],
      ['2024', 'p-all', 20, 'about'],
      ['2024', 'q-part', 5, ''],
      ['2024', 'q-total', 9, ''],
    ]);
    expect(records[3]!.source_url).toBe('https://example.org/s1');
    expect(records[3]!.evidence_quote).toBe('Q had 5 of 9, "=1+1".');
    expect(records[3]!.evidence_seen_at).toBe('https://example.org/copy');
    expect([records[3]!.evidence_note_en, records[3]!.evidence_note_zh]).toEqual([
      'A syndicated copy.',
      '转载的副本。',
    ]);
    const timeline = csvRecords(
      figureCsv('t', figureSchema.parse(validTimeline()), () => ({ url: 'https://example.org/s1' })),
    );
    expect(timeline.map((r) => [r.date, r.kind, r.text_zh])).toEqual([
      ['2018-04', 'rule', '第一。'],
      ['2019-05-15', 'deal', '第二。'],
    ]);
  });

  it("groups a source line by publisher, telling one publisher's documents apart by date", () => {
    const line = sourceLine(
      [
        { publisher: 'Tesla', url: 'https://t/1', date: '2024-01-02', language: 'en' },
        { publisher: 'BBC', url: 'https://b', date: '2026-01', language: 'en' },
        { publisher: 'Tesla', url: 'https://t/2', date: '2025-01-02', language: 'en' },
      ],
      'en',
    );
    expect(line.map((g) => [g.publisher, g.links.map((l) => l.text)])).toEqual([
      ['Tesla', ['2 January 2024', '2 January 2025']],
      ['BBC', ['January 2026']],
    ]);
  });
});
