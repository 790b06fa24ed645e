/** Site paths. English lives at the root, other locales under their prefix, with the same slugs. */
import { DEFAULT_LOCALE, type Locale } from '../i18n/index.ts';

/**
 * The path of a page in a locale, always with a trailing slash.
 * @example pathTo('zh-cn', 'programme', 'opening-ceremony') // '/zh-cn/programme/opening-ceremony/'
 */
export function pathTo(locale: Locale, ...segments: string[]): string {
  const parts = locale === DEFAULT_LOCALE ? segments : [locale, ...segments];
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
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
