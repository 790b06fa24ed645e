/**
 * Every page exists in every locale, under the same slugs: English at the root, Chinese under
 * /zh-cn/. Pages live in src/pages/[...lang]/ and build their paths through these helpers, so
 * no page can forget a language.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/index.ts';

/** The `lang` route parameter of a locale: none for English, which lives at the root. */
export function langParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** getStaticPaths for a page with no parameters of its own: one page per locale. */
export function everyLocale() {
  return LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}

interface LocalPath {
  params: Record<string, string>;
  props?: Record<string, unknown>;
}

/** getStaticPaths for a page with parameters: the page's own paths, built once for each locale. */
export async function inEveryLocale<P extends LocalPath>(pathsIn: (locale: Locale) => P[] | Promise<P[]>) {
  const perLocale = await Promise.all(
    LOCALES.map(async (locale) =>
      (await pathsIn(locale)).map((path) => ({
        params: { ...path.params, lang: langParam(locale) },
        props: { ...(path.props as P['props']), locale },
      })),
    ),
  );
  return perLocale.flat();
}
