/**
 * No broken link anywhere in the built site: every internal link, asset and #anchor resolves,
 * and the sitemap lists exactly the pages the build wrote (less the 404 page, the redirects
 * left at old slugs and the offline pages). External links are checked apart, by `npm run links:external`, which
 * never blocks: other sites come and go.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findBrokenLinks } from '../../scripts/lib/site-links.ts';
import { sitemapPaths } from './support/sitemap.ts';
import { expect, test } from './support/test.ts';

const DIST = resolve(import.meta.dirname, '../../dist');
const SITE = 'https://talent-month.xiamen.example';

test('every internal link, asset and anchor in every page resolves', () => {
  expect(findBrokenLinks(DIST, SITE)).toEqual([]);
});

test('the sitemap lists every page the build wrote, except the 404 page, redirects and the offline pages', async ({ request }) => {
  const listed = new Set(await sitemapPaths(request));
  const written = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('index.html'))
    .map((name) => `/${name.replace(/index\.html$/, '')}`);
  const unlisted: string[] = [];
  for (const path of written) {
    if (listed.has(path)) continue;
    // A page left at an old slug only sends the visitor on; an offline page stands in for pages
    // not saved on the device and asks not to be indexed.
    const html = await (await request.get(path)).text();
    const offline = /^\/(?:zh-cn\/)?offline\/$/.test(path) && html.includes('<meta name="robots" content="noindex">');
    if (!html.includes('http-equiv="refresh"') && !offline) unlisted.push(path);
  }
  expect(unlisted).toEqual([]);
  expect([...listed].filter((path) => !written.includes(path))).toEqual([]);
});
