/** The header, footer and rating links name these pages by slug: each must exist in every locale. */
import { LOCALES, localeOfId } from '../i18n';
import { LINKED_PAGES } from '../urls';
import { problem, type ContentProblem, type ContentSet } from './context';

export function checkLinkedPages(content: ContentSet): ContentProblem[] {
  return Object.values(LINKED_PAGES).flatMap((slug) =>
    LOCALES.filter((locale) => !content.pages.some((p) => p.data.slug === slug && localeOfId(p.id) === locale)).map(
      (locale) =>
        problem(
          `pages/${locale}/${slug}.mdx`,
          'slug',
          `no ${locale} page has slug "${slug}", which the site's header, footer or rating links point to`,
        ),
    ),
  );
}
