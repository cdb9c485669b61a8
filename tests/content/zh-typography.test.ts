/**
 * The Chinese edition's typography in content/ (README, "Chinese typography"): full-width
 * punctuation next to Chinese, the spaced date style, no "N 月经", no unanchored relative time words
 * in explainers and explanations, and none of the zh style sheet's variants in the site's own
 * voice. The same typography on the built pages is checked in tests/build/zh-typography.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  halfWidthPunctuation,
  monthJing,
  parseStyleSheet,
  styleViolations,
  unanchoredRelativeTime,
  unspacedDates,
} from '../../src/lib/zh-typography';
import { mdxToText } from '../../src/lib/mdx-text';
import { readMdxFolder, readYamlFolder } from '../support/content-files';
import { CONTENT, ROOT } from '../support/paths';

/** Prose without link targets, MDX tags and bare URLs, whose addresses and attributes are not Chinese text. */
const text = (md: string) => mdxToText(md).replace(/https?:\/\/\S+/g, ' ');

/** Every Chinese string a reader sees that the site writes or quotes, with where it lives. */
function zhStrings(): { where: string; text: string; prose: boolean }[] {
  const out: { where: string; text: string; prose: boolean }[] = [];
  for (const c of readYamlFolder('claims')) {
    const d = c.data;
    out.push({ where: `${c.file} statement.zh`, text: d.statement.zh, prose: false });
    out.push({ where: `${c.file} summary.zh`, text: d.summary.zh, prose: false });
    out.push({ where: `${c.file} verdict.zh`, text: d.verdict.zh, prose: false });
    out.push({ where: `${c.file} explanation.zh`, text: text(d.explanation.zh), prose: true });
    (d.corrections ?? []).forEach((x: any, i: number) =>
      out.push({ where: `${c.file} corrections[${i}].note.zh`, text: x.note.zh, prose: false }),
    );
    (d.evidence ?? []).forEach(
      (e: any, i: number) =>
        e.lang.startsWith('zh') && out.push({ where: `${c.file} evidence[${i}].quote`, text: e.quote, prose: false }),
    );
  }
  for (const f of [...readMdxFolder('explainers'), ...readMdxFolder('pages')].filter((f) => f.id.startsWith('zh/'))) {
    out.push({ where: f.file, text: text(f.body), prose: f.file.startsWith('explainers/') });
    out.push({ where: `${f.file} title`, text: `${f.data.title} ${f.data.description}`, prose: false });
    (f.data.corrections ?? []).forEach((x: any, i: number) =>
      out.push({ where: `${f.file} corrections[${i}].note.zh`, text: x.note.zh, prose: false }),
    );
  }
  for (const p of readYamlFolder('people'))
    out.push({ where: `${p.file} name/role`, text: `${p.data.name.zh} ${p.data.role.zh}`, prose: false });
  return out;
}

describe('Chinese typography in content/', () => {
  const strings = zhStrings();
  it.each([
    ['half-width punctuation next to Chinese', halfWidthPunctuation],
    ['dates without the house spaces', unspacedDates],
    ['month followed by 经', monthJing],
  ] as const)('has no %s', (_, check) => {
    const found = strings.flatMap((s) => check(s.text).map((hit) => `${s.where}: …${hit}…`));
    expect(found).toEqual([]);
  });

  it('anchors every relative time word to a year in explainers and claim explanations', () => {
    const found = strings
      .filter((s) => s.prose)
      .flatMap((s) => unanchoredRelativeTime(s.text).map((hit) => `${s.where}: ${hit}`));
    expect(found).toEqual([]);
  });
});

/**
 * The site's own voice, line by line with file and line number, for the style sheet check: every
 * line of the zh explainers and prose pages except block quotations, every line of the claims
 * except their statement and evidence blocks (the translation's and the sources' words), every
 * line of the data and people records, and the Chinese lines of the topic, rating and UI strings.
 */
function ownVoiceLines(): { where: string; text: string }[] {
  /** Lines kept by `keep`, with English YAML values (an `en:` key and its continuation lines, or the en half of `{ en: …, zh: … }`) left out. */
  const lines = (file: string, raw: string, keep: (line: string, blockKey: string) => boolean) => {
    let blockKey = '';
    let lang = '';
    let langIndent = -1;
    return raw.split('\n').flatMap((line, i) => {
      const key = line.match(/^([A-Za-z]\w*):/)?.[1];
      if (key) blockKey = key;
      const indent = line.search(/\S/);
      const langKey = line.match(/^\s*(?:- )?(en|zh):/)?.[1];
      if (langKey) [lang, langIndent] = [langKey, indent];
      else if (indent >= 0 && indent <= langIndent) [lang, langIndent] = ['', -1];
      if (lang === 'en' || !keep(line, blockKey)) return [];
      const zh = line.includes('{ en:') ? line.slice(line.indexOf('zh:')) : line;
      return [{ where: `${file}:${i + 1}`, text: zh.replace(/\]\([^)]*\)/g, ']') }];
    });
  };
  const out: { where: string; text: string }[] = [];
  for (const f of [...readMdxFolder('explainers'), ...readMdxFolder('pages')].filter((f) => f.id.startsWith('zh/')))
    out.push(...lines(`content/${f.file}`, f.raw, (line) => !line.startsWith('>')));
  // The English editions repeat the correction notes, Chinese included, in their front matter.
  for (const f of [...readMdxFolder('explainers'), ...readMdxFolder('pages')].filter((f) => f.id.startsWith('en/')))
    out.push(...lines(`content/${f.file}`, f.raw, (line) => /^\s*zh:/.test(line)));
  for (const c of readYamlFolder('claims'))
    out.push(...lines(`content/${c.file}`, c.raw, (_, key) => key !== 'statement' && key !== 'evidence'));
  for (const r of [...readYamlFolder('data'), ...readYamlFolder('people')])
    out.push(...lines(`content/${r.file}`, r.raw, () => true));
  for (const file of ['src/lib/i18n.ts', 'src/lib/topics.ts', 'src/lib/ratings.ts'])
    out.push(...lines(file, readFileSync(join(ROOT, file), 'utf8'), (line) => /\p{Script=Han}/u.test(line)));
  return out;
}

describe('the zh style sheet (content/zh-style.md)', () => {
  const entries = parseStyleSheet(readFileSync(join(CONTENT, 'zh-style.md'), 'utf8'));

  it('lists variants to check', () => {
    expect(entries.length).toBeGreaterThan(5);
  });

  it("finds none of its variants in the site's own voice", () => {
    const lines = ownVoiceLines();
    expect(lines.length).toBeGreaterThan(500);
    expect(styleViolations(lines, entries)).toEqual([]);
  });
});
