/**
 * Social cards: every page links a 1200×630 PNG drawn for it, by an absolute address, with its
 * size and a description in the page's language, and asks for the large preview.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { htmlPages } from '../../scripts/lib/page-weight.ts';
import { pngSize } from '../../src/lib/png-size.ts';
import { expect, test } from './support/test.ts';
import { LANGUAGES } from './support/languages.ts';
import { sitemapPaths } from './support/sitemap.ts';

const SITE = 'https://talent-month.xiamen.example';
const DIST = resolve(import.meta.dirname, '../../dist');

const meta = (html: string, attribute: string): string | undefined =>
  new RegExp(`<meta ${attribute} content="([^"]*)"`).exec(html)?.[1]?.replaceAll('&amp;', '&');

test('every page in the sitemap and both home pages link a card of their own, at an absolute address', async ({ request }) => {
  // Two requests for each of some 300 pages.
  test.setTimeout(180_000);
  const paths = [...new Set([...(await sitemapPaths(request)), ...LANGUAGES.map(({ path }) => path())])];
  const images = new Set<string>();
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const image = meta(html, 'property="og:image"');
    expect(image, path).toMatch(new RegExp(`^${SITE}/og/.+\\.png$`));
    expect(meta(html, 'property="og:image:width"'), path).toBe('1200');
    expect(meta(html, 'property="og:image:height"'), path).toBe('630');
    expect(meta(html, 'name="twitter:card"'), path).toBe('summary_large_image');
    expect(html, path).not.toContain('data-card');
    images.add(image ?? '');
    const png = await request.get(new URL(image ?? '').pathname);
    expect(png.headers()['content-type'], path).toContain('image/png');
    expect(pngSize(await png.body()), path).toEqual({ width: 1200, height: 630 });
  }
  // One card per page: none shares another's.
  expect(images.size).toBe(paths.length);
});

for (const { locale, t, path, title } of LANGUAGES) {
  test(`the card’s description is in the page’s language (${locale})`, async ({ request }) => {
    const activity = title('activities', 'opening-ceremony.mdx');
    const html = await (await request.get(path('programme', 'opening-ceremony'))).text();
    const alt = meta(html, 'property="og:image:alt"') ?? '';
    expect(alt).toContain(activity);
    expect(alt).toContain(t('site.name'));
    expect(alt).toContain(t('activity.timeZoneNote'));
    expect(meta(html, 'name="twitter:image:alt"')).toBe(alt);
    const home = await (await request.get(path())).text();
    // The home page's title is the site's name, said once, with the festival's dates.
    const homeAlt = meta(home, 'property="og:image:alt"') ?? '';
    expect(homeAlt.startsWith(t('site.name'))).toBe(true);
    expect(homeAlt.split(t('site.name'))).toHaveLength(2);
    expect(homeAlt).toMatch(/2023/);
  });
}

test('every page the build wrote that has link-preview metadata has its card in dist/', () => {
  const pages = htmlPages(DIST).map((page) => ({ page, html: readFileSync(join(DIST, page), 'utf8') }));
  const withPreview = pages.filter(({ html }) => html.includes('property="og:title"'));
  expect(withPreview.length).toBeGreaterThan(300);
  const problems = withPreview.flatMap(({ page, html }) => {
    const image = meta(html, 'property="og:image"');
    if (!image) return [`${page}: no og:image`];
    const file = join(DIST, new URL(image).pathname);
    if (!existsSync(file)) return [`${page}: ${image} is missing`];
    const { width, height } = pngSize(readFileSync(file));
    return width === 1200 && height === 630 ? [] : [`${page}: ${image} is ${String(width)}×${String(height)}`];
  });
  expect(problems).toEqual([]);
});
