import { describe, expect, it } from 'vitest';
import { contentSet, messages } from '../../support/records';
import { LINKED_PAGES } from '../../../src/lib/urls';
describe('pages the header and footer link to', () => {
  it('fails, by name, when a page the header or footer links to is missing in a language', () => {
    const s = contentSet();
    s.pages = s.pages.filter((p) => p.id !== 'zh/methodology');
    expect(messages(s)).toEqual([
      'content/pages/en/methodology.mdx: slug: "methodology" has no zh edition in pages/zh/',
      'pages/zh/methodology.mdx: slug: no zh page has slug "methodology", which the site\'s header, footer or rating links point to',
    ]);
    const none = contentSet({ pages: [] });
    expect(messages(none)).toHaveLength(Object.keys(LINKED_PAGES).length * 2);
  });
});
