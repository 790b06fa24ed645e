/** Every page of the built site, read from its sitemap rather than a hand-kept list. */
import type { APIRequestContext } from '@playwright/test';

function locations(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
}

/** Paths (e.g. `/programme/`) of every page listed in /sitemap-index.xml and the sitemaps it names. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const paths: string[] = [];
  for (const sitemap of locations(index)) {
    const xml = await (await request.get(new URL(sitemap).pathname)).text();
    paths.push(...locations(xml).map((url) => new URL(url).pathname));
  }
  return paths;
}
