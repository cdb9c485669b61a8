/** getStaticPaths helpers for the `[...locale]` route folder: English at the root, others prefixed. */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './i18n';

export function localeParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** One static path per locale, for pages that exist once per edition. */
export function localePaths() {
  return LOCALES.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));
}

/**
 * One static path per locale and item, for pages such as /claims/<id>/. `items` is either one
 * list for every locale (claims, people) or the list for each locale (explainers, prose pages).
 */
export function localeItemPaths<T, K extends string>(items: T[] | ((locale: Locale) => T[]), key: K, idOf: (item: T) => string) {
  return LOCALES.flatMap((locale) =>
    (typeof items === 'function' ? items(locale) : items).map((item) => ({
      params: { locale: localeParam(locale), [key]: idOf(item) } as { locale: string | undefined } & Record<K, string>,
      props: { locale, item },
    })),
  );
}
