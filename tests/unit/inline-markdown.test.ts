import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderMarkdownInline, UnsafeLinkError } from '../../src/lib/inline-markdown';
import { markdownLinks, markdownToText } from '../../src/lib/mdx-text';

describe('inline Markdown for claim records', () => {
  it('renders paragraphs, links, emphasis, strong and code', () => {
    expect(renderMarkdown('A [report](https://arxiv.org/abs/2412.19437) says *so* and **more** `x`.\n\nSecond.')).toBe(
      '<p>A <a href="https://arxiv.org/abs/2412.19437" rel="noopener">report</a> says <em>so</em> and <strong>more</strong> <code>x</code>.</p>\n<p>Second.</p>',
    );
  });

  it('escapes markup so a record cannot inject HTML', () => {
    const html = renderMarkdownInline('</p><script>alert(1)</script> & "q"');
    expect(html).toBe('&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;');
  });

  it('refuses links that are not absolute https', () => {
    expect(() => renderMarkdown('[x](javascript:alert(1))')).toThrow(UnsafeLinkError);
    expect(() => renderMarkdown('[x](http://example.org)')).toThrow(UnsafeLinkError);
  });

  it('keeps query strings in links intact', () => {
    expect(renderMarkdownInline('[q](https://example.org/?a=1&b=2)')).toContain(
      'href="https://example.org/?a=1&amp;b=2"',
    );
  });

  it('does not read snake_case or arithmetic as emphasis', () => {
    expect(renderMarkdownInline('snake_case_name and 2 * 3 * 4')).toBe('snake_case_name and 2 * 3 * 4');
  });

  it('gives plain text and the list of cited links', () => {
    const md = 'See [the rule](https://www.federalregister.gov/x) and **this**.';
    expect(markdownToText(md)).toBe('See the rule and this.');
    expect(markdownLinks(md)).toEqual(['https://www.federalregister.gov/x']);
  });
});
