import { describe, expect, it } from 'vitest';
import {
  blockMarkdownToText,
  markdownToText,
  mdxExternalLinks,
  mdxHeadingLevels,
  mdxMarkdown,
  mdxToText,
} from '../../src/lib/mdx-text';

describe('MDX and Markdown as text', () => {
  it('reads an MDX body as Markdown without code, comments or component tags', () => {
    const body =
      '## A\n\n{/* note: [x](https://example.org/comment) */}\n<Figure id="a" />\n<TableScroll label={"x > y"}>\ntext [s](https://example.org/s) and [home](/claims/)\n</TableScroll>\n~~~\n### code\n~~~\n';
    expect(mdxMarkdown(body)).not.toMatch(/Figure|TableScroll|comment|code/);
    expect(mdxHeadingLevels(body)).toEqual([2]);
    expect(mdxExternalLinks(body)).toEqual(['https://example.org/s']);
  });

  it('keeps the text a component wraps, and the words on either side of a tag apart', () => {
    expect(
      mdxToText(
        'one<Figure id="x" />two\n\n<TableScroll label="t">\n| a | b |\n| --- | --- |\n| c | d |\n</TableScroll>',
      ),
    ).toBe('one two a b c d');
  });

  it('drops heading, quote and list markers, and keeps the words of links and emphasis', () => {
    expect(blockMarkdownToText('## Title\n\n> A *quoted* line\n\n- one [item](https://example.org/x)\n1. `two`')).toBe(
      'Title A quoted line one item two',
    );
  });

  it('leaves hyphens and numbers in words alone', () => {
    expect(mdxToText('A well-known 1-bit model costs $5.6m.')).toBe('A well-known 1-bit model costs $5.6m.');
    expect(markdownToText('A **well-known** model.')).toBe('A well-known model.');
  });
});
