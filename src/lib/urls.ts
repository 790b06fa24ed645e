/** Site paths. English lives at the root, other locales under their prefix, with the same slugs. */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/index.ts';

/**
 * The path of a page in a locale, always with a trailing slash.
 * @example pathTo('zh-cn', 'programme', 'opening-ceremony') // '/zh-cn/programme/opening-ceremony/'
 */
export function pathTo(locale: Locale, ...segments: string[]): string {
  const parts = locale === DEFAULT_LOCALE ? segments : [locale, ...segments];
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/**
 * The path of a file (not a page: no trailing slash) in a locale.
 * @example fileIn('zh-cn', 'programme', 'opening-ceremony.ics') // '/zh-cn/programme/opening-ceremony.ics'
 */
export function fileIn(locale: Locale, ...segments: string[]): string {
  return `/${(locale === DEFAULT_LOCALE ? segments : [locale, ...segments]).join('/')}`;
}

/** The locale a path is in, from its first segment. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1] ?? '';
  return LOCALES.find((locale) => locale !== DEFAULT_LOCALE && locale === first) ?? DEFAULT_LOCALE;
}

/**
 * The same page in another locale: the path with its locale prefix swapped.
 * @example pathInLocale('/programme/opening-ceremony/', 'zh-cn') // '/zh-cn/programme/opening-ceremony/'
 */
export function pathInLocale(pathname: string, locale: Locale): string {
  const current = localeOfPath(pathname);
  const rest = current === DEFAULT_LOCALE ? pathname : pathname.slice(current.length + 1) || '/';
  return locale === DEFAULT_LOCALE ? rest : `/${locale}${rest}`;
}

/**
 * A map page for a place: the venue's own map link if it has one, else OpenStreetMap at its coordinates.
 * @example mapLink({ lat: 24.4811, lng: 118.1965 }) // 'https://www.openstreetmap.org/?mlat=24.4811&mlon=118.1965#map=17/24.4811/118.1965'
 */
export function mapLink(coordinates: { lat: number; lng: number }, mapUrl?: string): string {
  if (mapUrl) return mapUrl;
  const { lat, lng } = coordinates;
  return `https://www.openstreetmap.org/?mlat=${String(lat)}&mlon=${String(lng)}#map=17/${String(lat)}/${String(lng)}`;
}
