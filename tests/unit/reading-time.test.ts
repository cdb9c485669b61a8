import { describe, expect, it } from 'vitest';
import { mdxToText, readingMinutes } from '../../src/lib/reading-time';

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
});
