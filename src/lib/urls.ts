/**
 * Site paths. English lives at the site's root, other locales under their prefix, with the same
 * slugs. The site itself may live under a sub-path (`base` in astro.config.mjs, e.g. GitHub
 * Pages' `/talent-month/`): every path here starts with it.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/index.ts';

/**
 * `/` or `/talent-month/`: always one slash at each end.
 * @example normaliseBase('/talent-month') // '/talent-month/'
 */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The base the build was made for. Vite writes it in at build time; outside a build (the
 * config, scripts, Playwright) there is no `import.meta.env`, and the site is at the root.
 */
function buildBase(): string {
  try {
    return import.meta.env.BASE_URL;
  } catch {
    return '/';
  }
}

export const BASE = normaliseBase(buildBase());

/** A path without the site's base, as the pages know it: '/talent-month/programme/' → '/programme/'. */
export function withoutBase(pathname: string, base = BASE): string {
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

/** A file at the site's root, such as the favicon or the sitemap. */
export function rootFile(name: string): string {
  return `${BASE}${name}`;
}

/**
 * The path of a page in a locale, always with a trailing slash.
 * @example pathTo('zh-cn', 'programme', 'opening-ceremony') // '/zh-cn/programme/opening-ceremony/'
 */
export function pathTo(locale: Locale, ...segments: string[]): string {
  const parts = locale === DEFAULT_LOCALE ? segments : [locale, ...segments];
  return parts.length === 0 ? BASE : `${BASE}${parts.join('/')}/`;
}

/**
 * The path of a file (not a page: no trailing slash) in a locale.
 * @example fileIn('zh-cn', 'programme', 'opening-ceremony.ics') // '/zh-cn/programme/opening-ceremony.ics'
 */
export function fileIn(locale: Locale, ...segments: string[]): string {
  return `${BASE}${(locale === DEFAULT_LOCALE ? segments : [locale, ...segments]).join('/')}`;
}

/** The locale a path is in, from its first segment after the base. */
export function localeOfPath(pathname: string): Locale {
  const first = withoutBase(pathname).split('/')[1] ?? '';
  return LOCALES.find((locale) => locale !== DEFAULT_LOCALE && locale === first) ?? DEFAULT_LOCALE;
}

/**
 * The same page in another locale: the path with its locale prefix swapped.
 * @example pathInLocale('/programme/opening-ceremony/', 'zh-cn') // '/zh-cn/programme/opening-ceremony/'
 */
export function pathInLocale(pathname: string, locale: Locale): string {
  const path = withoutBase(pathname);
  const current = localeOfPath(path);
  const rest = current === DEFAULT_LOCALE ? path : path.slice(current.length + 1) || '/';
  return `${BASE}${(locale === DEFAULT_LOCALE ? rest : `/${locale}${rest}`).slice(1)}`;
}

/**
 * Where a link in an entry's body leads. Editors write links to other entries as the English
 * path at the site's root (`/guidance/lease-registration/`), the way the content check reads
 * them; the page shows it in its own language and under the site's base. Other links stay.
 * @example bodyLinkHref('/guidance/lease-registration/', 'zh-cn') // '/zh-cn/guidance/lease-registration/'
 */
export function bodyLinkHref(href: string, locale: Locale): string {
  return href.startsWith('/') && !href.startsWith('//') ? pathInLocale(href, locale) : href;
}
