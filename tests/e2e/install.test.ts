/** The site as an app to install: each language's manifest, its icons, and a link to it from every page. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { htmlPages } from '../../scripts/lib/page-weight.ts';
import { pngSize } from '../../src/lib/png-size.ts';
import { expect, test } from './support/test.ts';
import { LANGUAGES } from './support/languages.ts';

const DIST = resolve(import.meta.dirname, '../../dist');

test('every page but the redirects links the manifest of its own language, and gives a theme colour for each scheme', () => {
  const pages = htmlPages(DIST);
  expect(pages.length).toBeGreaterThan(300);
  const wrong = pages.filter((page) => {
    const html = readFileSync(resolve(DIST, page), 'utf8');
    // A page left at an old slug only sends the visitor on: it is never read, nor installed from.
    if (html.includes('http-equiv="refresh"')) return false;
    const expected = page.startsWith('zh-cn/') ? '/zh-cn/manifest.webmanifest' : '/manifest.webmanifest';
    return (
      !html.includes(`<link rel="manifest" href="${expected}">`) ||
      !html.includes('<meta name="theme-color" media="(prefers-color-scheme: light)"') ||
      !html.includes('<meta name="theme-color" media="(prefers-color-scheme: dark)"')
    );
  });
  expect(wrong).toEqual([]);
});

for (const lang of LANGUAGES) {
  test(`${lang.tag}: the manifest names the festival in its language, starts at its home page and lists icons that exist at their sizes`, async ({
    request,
  }) => {
    const response = await request.get(lang.file('manifest.webmanifest'));
    expect(response.headers()['content-type']).toContain('application/manifest+json');
    const manifest = (await response.json()) as Record<string, unknown> & {
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({
      name: lang.t('site.name'),
      short_name: lang.t('site.shortName'),
      lang: lang.tag,
      start_url: lang.path(),
      scope: lang.path(),
      display: 'standalone',
    });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.icons.map(({ sizes, purpose }) => `${sizes} ${purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) {
      const file = await request.get(icon.src);
      expect(file.headers()['content-type'], icon.src).toBe(icon.type);
      const { width, height } = pngSize(new Uint8Array(await file.body()));
      expect(`${String(width)}x${String(height)}`, icon.src).toBe(icon.sizes);
    }
  });
}
