/**
 * Every page the sitemap lists, in both languages, and the 404 and offline pages: not a sample. Each is
 * loaded once and checked for what every page must be:
 * - on a 320 px wide phone it does not scroll sideways;
 * - on a wide screen axe finds no violation of the WCAG 2.2 A and AA rules in the light scheme,
 *   and none of the colour rules fails in the dark one;
 * - a Chinese page shows no untranslated English.
 * One browser page per test goes from address to address, and the pages are shared out among a
 * few tests so the workers check them side by side.
 */
import { expect, test } from './support/test.ts';
import { sitemapPaths } from './support/sitemap.ts';
import { axeViolations, COLOUR_RULES } from './support/axe.ts';
import { CHINESE } from './support/languages.ts';
import { untranslatedWords } from './support/untranslated.ts';

const PHONE = { width: 320, height: 640 };
const WIDE = { width: 1280, height: 720 };
const SHARDS = 4;

for (let shard = 0; shard < SHARDS; shard += 1) {
  test(`every page fits a phone, has no axe violations in either scheme, and reads in its language (part ${String(shard + 1)} of ${String(SHARDS)})`, async ({
    page,
    request,
  }) => {
    test.setTimeout(10 * 60_000);
    // The 404 and offline pages are not in the sitemap but are served for every unknown address,
    // or every address not saved on the device.
    const paths = [...(await sitemapPaths(request)), '/404.html', '/zh-cn/404.html', '/offline/', '/zh-cn/offline/'].filter(
      (_, index) => index % SHARDS === shard,
    );
    expect(paths.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const path of paths) {
      await page.setViewportSize(PHONE);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) problems.push(`${path}: ${String(width)} px wide on a ${String(PHONE.width)} px screen`);
      await page.setViewportSize(WIDE);
      problems.push(...(await axeViolations(page, `${path} (light)`)));
      if (path.startsWith(CHINESE.path())) {
        problems.push(...(await untranslatedWords(page)).map((word) => `${path}: untranslated "${word}"`));
      }
      await page.emulateMedia({ colorScheme: 'dark' });
      problems.push(...(await axeViolations(page, `${path} (dark)`, COLOUR_RULES)));
    }
    expect([...new Set(problems)]).toEqual([]);
  });
}
