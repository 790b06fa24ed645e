/**
 * Printed, every activity's and every venue's page is a poster on one A4 sheet (Chromium's PDF of
 * it has one page): the mark, the name, dates and place in both languages, and a QR code that
 * reads back as the page's address.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { sitemapPaths } from './support/sitemap.ts';
import { expect, test } from './support/test.ts';
import { CHINESE, ENGLISH, LANGUAGES } from './support/languages.ts';

const SITE = 'https://talent-month.xiamen.example';
/** An activity's or a venue's page, in either language: not a day of the programme or the time grid. */
const POSTER_PAGE = /^(?:\/zh-cn)?\/(?:programme\/(?!\d{4}-\d{2}-\d{2}\/|grid\/)|venues\/)[a-z0-9-]+\/$/;

/** How many pages a PDF has: one page object each. */
const pageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

for (const lang of LANGUAGES) {
  test(`${lang.tag}: every activity and venue page prints on one A4 page`, async ({ page, request }) => {
    test.setTimeout(5 * 60_000);
    const paths = (await sitemapPaths(request)).filter(
      (path) => POSTER_PAGE.test(path) && path.startsWith(lang.path()) && (lang !== ENGLISH || !path.startsWith(CHINESE.path())),
    );
    // Every activity, and every venue in use.
    expect(paths.filter((path) => path.includes('/programme/'))).toHaveLength(
      readdirSync(resolve(import.meta.dirname, '../../content/activities')).filter((name) => name.endsWith('.mdx')).length,
    );
    expect(paths.filter((path) => path.includes('/venues/')).length).toBeGreaterThan(10);
    const longer: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const pages = pageCount(await page.pdf({ format: 'A4' }));
      if (pages !== 1) longer.push(`${path}: ${String(pages)} pages`);
    }
    expect(longer).toEqual([]);
  });
}

test('the poster has the mark, the activity in both languages and a QR code to its page; the page’s own text is not printed', async ({
  page,
}) => {
  await page.goto(CHINESE.path('programme', 'gulangyu-heritage-walk'));
  await page.emulateMedia({ media: 'print' });
  const poster = page.locator('.poster');
  await expect(poster).toBeVisible();
  await expect(page.locator('main > article')).toBeHidden();
  await expect(poster.locator('svg[aria-hidden="true"]').first()).toBeVisible();
  for (const lang of LANGUAGES) {
    const part = poster.locator(`[lang="${lang.tag}"].poster-language`);
    await expect(part.locator('.poster-title')).toHaveText(lang.title('activities', 'gulangyu-heritage-walk.mdx'));
    await expect(part.locator('.poster-status')).toHaveText(lang.t('status.postponed'));
    await expect(part.locator('.poster-when')).toContainText(
      lang === ENGLISH ? 'Sunday, 30 July 2023, 09:00–12:00' : '2023年7月30日星期日 09:00–12:00',
    );
  }
  const svg = await poster.locator('svg.qr-code').evaluate((code) => code.outerHTML);
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 })
    .resize(400, 400)
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(
    `${SITE}${CHINESE.path('programme', 'gulangyu-heritage-walk')}`,
  );
  // On screen there is no poster.
  await page.emulateMedia({ media: 'screen' });
  await expect(poster).toBeHidden();
});
