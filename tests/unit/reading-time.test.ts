import { describe, expect, it } from 'vitest';
import { mdxToText } from '../../src/lib/mdx-text';
import { readingMinutes } from '../../src/lib/reading-time';

describe('reading time', () => {
  it('counts English words at about 230 a minute', () => {
    expect(readingMinutes('word '.repeat(1150), 'en')).toBe(5);
  });

  it('counts Chinese characters at about 400 a minute', () => {
    expect(readingMinutes('字'.repeat(2000), 'zh')).toBe(5);
  });

  it('never says zero minutes', () => {
    expect(readingMinutes('', 'en')).toBe(1);
  });

  it('ignores link targets and frontmatter', () => {
    expect(mdxToText('---\ntitle: x\n---\nSee [the report](https://example.org/very/long/url).')).not.toContain(
      'example.org',
    );
  });

  it('counts the prose of an MDX body, not its figures, comments or code', () => {
    // 230 words of prose: one minute. The figure tag, the comment and the code block around it
    // would add another 230 words if they were read as text.
    const prose = 'word '.repeat(230);
    const noise = [
      '<Figure id="deepseek-v3-compute" caption="one two three four five" />',
      '{/* an editor’s note to another editor */}',
      '```\ncode code code\n```',
    ].join('\n\n');
    const body = `${prose}\n\n${noise}\n\n${'<Figure id="a-b-c-d-e-f-g-h-i-j" />\n'.repeat(40)}`;
    expect(mdxToText(body).split(' ')).toHaveLength(230);
    expect(readingMinutes(mdxToText(body), 'en')).toBe(1);
  });
});
