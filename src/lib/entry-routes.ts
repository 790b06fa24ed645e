/**
 * Where each collection's entries are published: the one place that says a collection's address.
 * Links, feeds, calendar files, the sitemap's filter, the navigation and the content checker's
 * link rule all ask here. Astro routes by file, so the page folders under `src/pages/[...lang]/`
 * carry the same names; tests/unit/entry-routes.test.ts holds the two together.
 */
import type { Locale } from '../i18n/index.ts';
import { fileIn, pathTo } from './urls.ts';

/** The first segment of the address of each collection whose entries have pages of their own. */
export const ENTRY_SECTIONS = {
  activities: 'programme',
  guidance: 'guidance',
  awards: 'awards',
  universities: 'universities',
  venues: 'venues',
  organisers: 'organisers',
} as const;

/** The collections whose entries have pages and a section of the site. */
export type PublishedCollection = keyof typeof ENTRY_SECTIONS;

/**
 * The collections an editor writes drafts and old slugs for. Venues and organisers have neither:
 * each has a page while an activity (or, for an organiser, a guidance item) names it.
 */
export type DraftableCollection = Exclude<PublishedCollection, 'venues' | 'organisers'>;

export const PUBLISHED_COLLECTIONS = Object.keys(ENTRY_SECTIONS) as PublishedCollection[];

/** The collection whose section starts with `segment`, if any. */
export function collectionOfSection(segment: string): PublishedCollection | undefined {
  return PUBLISHED_COLLECTIONS.find((collection) => ENTRY_SECTIONS[collection] === segment);
}

/**
 * A page of a collection's section in a locale: the section itself, an entry, or another page in it (a day of the programme).
 * @example collectionPath('zh-cn', 'activities', 'opening-ceremony') // '/zh-cn/programme/opening-ceremony/'
 * @example collectionPath('en', 'guidance') // '/guidance/'
 */
export function collectionPath(locale: Locale, collection: PublishedCollection, ...segments: string[]): string {
  return pathTo(locale, ENTRY_SECTIONS[collection], ...segments);
}

/**
 * A file in a collection's section, such as an activity's calendar file.
 * @example collectionFile('en', 'activities', 'opening-ceremony.ics') // '/programme/opening-ceremony.ics'
 */
export function collectionFile(locale: Locale, collection: PublishedCollection, name: string): string {
  return fileIn(locale, ENTRY_SECTIONS[collection], name);
}
