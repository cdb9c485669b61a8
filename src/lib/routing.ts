/** getStaticPaths helpers for the `[...locale]` route folder: English at the root, others prefixed. */
import type { GetStaticPathsItem } from 'astro';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './i18n';

export function localeParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** A static path of a page that exists once per edition; its props are what the page reads. */
export interface LocalePath {
  params: { locale: string | undefined };
  props: { locale: Locale };
}

/** A static path of a page per edition and item, such as /claims/<id>/. */
export interface LocaleItemPath<T, K extends string> {
  params: { locale: string | undefined } & Record<K, string>;
  props: { locale: Locale; item: T };
}

/** One static path per locale, for pages that exist once per edition. */
export function localePaths(): LocalePath[] {
  return LOCALES.map(
    (locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }) satisfies GetStaticPathsItem,
  );
}

/**
 * One static path per locale and item, for pages such as /claims/<id>/. `items` is either one
 * list for every locale (claims, people) or the list for each locale (explainers, prose pages).
 */
export function localeItemPaths<T, K extends string>(
  items: readonly T[] | ((locale: Locale) => readonly T[]),
  key: K,
  idOf: (item: T) => string,
): LocaleItemPath<T, K>[] {
  return LOCALES.flatMap((locale) =>
    (typeof items === 'function' ? items(locale) : items).map((item) => {
      const params = { locale: localeParam(locale), ...({ [key]: idOf(item) } as Record<K, string>) };
      return { params, props: { locale, item } } satisfies GetStaticPathsItem;
    }),
  );
}
