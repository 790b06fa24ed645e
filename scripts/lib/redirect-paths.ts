/**
 * The addresses of the pages left at old slugs (each entry's `redirectFrom`), read straight from
 * the content files so the sitemap can leave them out: a sitemap lists only live pages.
 */
import { LOCALES } from '../../src/i18n/index.ts';
import { readContent } from './content-check/read-content.ts';
import { pathTo } from '../../src/lib/urls.ts';

/** Where each collection's pages live; collections without pages have no redirects. */
const SECTIONS: Partial<Record<string, string>> = {
  activities: 'programme',
  guidance: 'guidance',
  awards: 'awards',
  universities: 'universities',
};

/** Paths like `/programme/old-slug/` and `/zh-cn/programme/old-slug/`: every language has the same redirects. */
export function redirectPaths(contentDir: string): Set<string> {
  const paths = new Set<string>();
  for (const file of readContent(contentDir, contentDir).entries) {
    const section = SECTIONS[file.collection];
    const redirects = (file.source.data as { redirectFrom?: unknown } | undefined)?.redirectFrom;
    if (!section || !Array.isArray(redirects)) continue;
    for (const old of redirects) {
      if (typeof old !== 'string') continue;
      for (const locale of LOCALES) paths.add(pathTo(locale, section, old));
    }
  }
  return paths;
}
