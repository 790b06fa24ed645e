/**
 * The addresses of the pages left at old slugs (each entry's `redirectFrom`), read straight from
 * the content files so the sitemap can leave them out: a sitemap lists only live pages.
 */
import { LOCALES } from '../../src/i18n/index.ts';
import { readContent } from './content-check/read-content.ts';
import { ENTRY_SECTIONS, collectionPath, type PublishedCollection } from '../../src/lib/entry-routes.ts';

const hasPages = (collection: string): collection is PublishedCollection => collection in ENTRY_SECTIONS;

/** Paths like `/programme/old-slug/` and `/zh-cn/programme/old-slug/`: every language has the same redirects. */
export function redirectPaths(contentDir: string): Set<string> {
  const paths = new Set<string>();
  for (const file of readContent(contentDir, contentDir).entries) {
    // Collections without pages have no redirects.
    const { collection } = file;
    const redirects = (file.source.data as { redirectFrom?: unknown } | undefined)?.redirectFrom;
    if (!hasPages(collection) || !Array.isArray(redirects)) continue;
    for (const old of redirects) {
      if (typeof old !== 'string') continue;
      for (const locale of LOCALES) paths.add(collectionPath(locale, collection, old));
    }
  }
  return paths;
}
