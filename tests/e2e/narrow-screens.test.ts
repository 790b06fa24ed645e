/**
 * No page scrolls sideways on a 320 px wide phone: every page the sitemap lists, in both
 * languages, not a sample. One browser page per test is reused from address to address, and
 * the pages are shared out among a few tests so the workers check them side by side.
 */
import { sitemapPaths } from './support/sitemap.ts';
import { expect, test } from './support/test.ts';

const SHARDS = 4;

test.use({ viewport: { width: 320, height: 640 } });

for (let shard = 0; shard < SHARDS; shard += 1) {
  test(`no page of the sitemap is wider than a 320 px screen (part ${String(shard + 1)} of ${String(SHARDS)})`, async ({
    page,
    request,
  }) => {
    test.setTimeout(5 * 60_000);
    const paths = (await sitemapPaths(request)).filter((_, index) => index % SHARDS === shard);
    expect(paths.length).toBeGreaterThan(50);
    const tooWide: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) tooWide.push(`${path}: ${String(width)} px`);
    }
    expect(tooWide).toEqual([]);
  });
}
