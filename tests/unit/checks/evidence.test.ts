import { describe, expect, it } from 'vitest';
import { readYamlFolder } from '../../support/content-files';
import {
  evidenceItemProblems,
  type PlacedQuote,
  passageWordingProblems,
  twoWordings,
  unmarkedCuts,
} from '../../../src/lib/checks/evidence';

describe('unmarkedCuts', () => {
  it.each([
    ['A whole sentence.', 'en', []],
    ['“A quoted sentence,” she said.', 'en', []],
    ['… the middle of a sentence …', 'en', []],
    ['2,664K GPU hours were used.', 'en', []],
    ['the middle of a sentence.', 'en', ['start']],
    ['A sentence cut before its end', 'en', ['end']],
    ['cut at both ends', 'en', ['start', 'end']],
    ['A question?”', 'en', []],
    ['Puissance : 507 CV', 'fr', ['end']],
    ['没有句号的中文', 'zh-Hans', []],
  ] as const)('%j (%s) → %j', (quote, lang, cuts) => {
    expect(unmarkedCuts(quote, lang)).toEqual(cuts);
  });
});

describe('evidenceItemProblems', () => {
  const base = { source: 's', lang: 'en', quote: 'A sentence.' };
  it('asks a seenAt copy for a note in every language, naming the field', () => {
    expect(evidenceItemProblems('f.yaml', 'evidence[2]', { ...base, seenAt: 'https://copy.example/a' })).toEqual([
      {
        file: 'f.yaml',
        field: 'evidence[2].note',
        message: 'a seenAt copy needs a note in en and zh saying what the copy at https://copy.example/a is',
      },
    ]);
    const halfNote = { ...base, seenAt: 'https://copy.example/a', note: { en: 'A syndicated copy.', zh: ' ' } };
    expect(evidenceItemProblems('f.yaml', 'e', halfNote).map((p) => p.message)).toEqual([
      'a seenAt copy needs a note in zh saying what the copy at https://copy.example/a is',
    ]);
    const noted = { ...halfNote, note: { en: 'A syndicated copy.', zh: '转载的副本。' } };
    expect(evidenceItemProblems('f.yaml', 'e', noted)).toEqual([]);
  });

  it('asks a quote cut mid-sentence for "…", unless it is marked as a label', () => {
    const cut = { ...base, quote: 'delivered 1.76 million EVs' };
    expect(evidenceItemProblems('f.yaml', 'evidence[0]', cut).map((p) => p.field)).toEqual([
      'evidence[0].quote',
      'evidence[0].quote',
    ]);
    expect(evidenceItemProblems('f.yaml', 'evidence[0]', { ...cut, form: 'label' })).toEqual([]);
  });
});

describe('one passage, one wording', () => {
  const trt =
    'However, for the whole year, BYD delivered 1.76 million EVs, slightly behind Tesla, which delivered 1.79 million.';
  it('accepts excerpts of one passage that break off or stop where the other goes on', () => {
    expect(twoWordings(trt, '… BYD delivered 1.76 million EVs, slightly behind Tesla …')).toBe(false);
    expect(
      twoWordings(trt, 'BYD delivered 1.76 million EVs, slightly behind Tesla, which delivered 1.79 million.'),
    ).toBe(false);
    expect(twoWordings(trt, trt.replace(/[“”]/g, '"'))).toBe(false);
    expect(twoWordings(trt, 'An unrelated sentence about the same year and the same makers.')).toBe(false);
  });

  it('finds the same passage in other words', () => {
    expect(
      twoWordings(
        trt,
        'For the whole year, BYD delivered 1.76 million EVs, slightly trailing Tesla, which delivered 1.79 million.',
      ),
    ).toBe(true);
    expect(
      twoWordings(
        trt,
        'In 2024 as a whole, BYD delivered 1.76 million EVs, slightly behind Tesla, which delivered 1.79 million.',
      ),
    ).toBe(true);
  });

  it('reports the later quote of a pair with both places, and only within one source', () => {
    const quotes = [
      { file: 'claims/a.yaml', field: 'evidence[0]', source: 'trt', quote: trt },
      { file: 'data/b.yaml', field: 'series[1].evidence[0]', source: 'trt', quote: trt.replace('behind', 'trailing') },
      {
        file: 'data/b.yaml',
        field: 'series[2].evidence[0]',
        source: 'other',
        quote: trt.replace('behind', 'ahead of'),
      },
    ];
    expect(passageWordingProblems(quotes)).toEqual([
      {
        file: 'data/b.yaml',
        field: 'series[1].evidence[0].quote',
        message:
          'quotes "trt" in other words than claims/a.yaml evidence[0] does for the same passage: one passage, one wording (the source\'s)',
      },
    ]);
  });
});

describe('passageWordingProblems at scale', () => {
  /** The rule as written: each quote against every earlier quote of its source, in order. */
  const byDefinition = (quotes: PlacedQuote[]) =>
    quotes.flatMap((q, i) => {
      const clash = quotes.slice(0, i).find((p) => p.source === q.source && twoWordings(p.quote, q.quote));
      return clash ? [`${q.field} ${clash.field}`] : [];
    });

  it('reports what comparing every pair reports, on the real quotes with reworded and repeated copies', () => {
    const real = readYamlFolder('claims').flatMap((c) =>
      (c.data.evidence as { source: string; quote: string }[]).map((e, i) => ({
        file: c.file,
        field: `${c.id}[${i}]`,
        source: e.source,
        quote: e.quote,
      })),
    );
    // Every third quote again in other words, every fifth again word for word, in between.
    const copies = real.flatMap((q, i) => [
      ...(i % 3 === 0
        ? [{ ...q, field: `${q.field}/reworded`, quote: q.quote.replace(/\b(the|and|of)\b/, 'THE') }]
        : []),
      ...(i % 5 === 0 ? [{ ...q, field: `${q.field}/repeated` }] : []),
    ]);
    const quotes = real.flatMap((q, i) => [q, ...copies.filter((c) => c.field.startsWith(`${real[i]!.field}/`))]);
    const expected = byDefinition(quotes).sort();
    expect(expected.length).toBeGreaterThan(10);
    expect(
      passageWordingProblems(quotes)
        .map((p) => `${p.field.replace(/\.quote$/, '')} ${/than \S+ (\S+) does/.exec(p.message)![1]}`)
        .sort(),
    ).toEqual(expected);
  });
});
