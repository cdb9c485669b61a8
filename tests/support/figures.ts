/** A small valid bar-chart figure, as a YAML parser would hand it over, for unit tests to break. */
export const validBarFigure = () => ({
  chart: 'bar',
  title: { en: 'Sales', zh: '销量' },
  description: { en: 'Sales by year.', zh: '各年销量。' },
  unit: { en: 'Cars', zh: '辆' },
  categoryHeading: { en: 'Year', zh: '年份' },
  categories: [
    { id: '2023', label: { en: '2023', zh: '2023 年' }, date: '2023' },
    { id: '2024', label: { en: '2024', zh: '2024 年' }, date: '2024' },
  ],
  series: [
    {
      id: 'a',
      label: { en: 'A', zh: '甲' },
      values: [10, { value: 20, qualifier: 'about' }],
      sources: ['s1'],
      evidence: [{ source: 's1', lang: 'en', quote: 'A sold 10 and about 20.' }],
    },
  ],
});

export const validTimeline = () => ({
  chart: 'timeline',
  title: { en: 'Rules', zh: '规则' },
  description: { en: 'Two rules.', zh: '两条规则。' },
  events: [
    {
      date: '2018-04',
      kind: 'rule',
      text: { en: 'First.', zh: '第一。' },
      sources: ['s1'],
      evidence: [{ source: 's1', lang: 'en', quote: 'First.' }],
    },
    {
      date: '2019-05-15',
      kind: 'deal',
      text: { en: 'Second.', zh: '第二。' },
      sources: ['s1'],
      evidence: [{ source: 's1', lang: 'en', quote: 'Second.' }],
    },
  ],
});
