/**
 * Every page of the site, in both colour schemes, has no accessibility violations that axe
 * can find (WCAG 2.2 A and AA rules), and keyboard users can skip to the content.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test.ts';
import { sitemapPaths } from './support/sitemap.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the sitemap lists the pages of every collection', async ({ request }) => {
  const paths = await sitemapPaths(request);
  for (const section of ['/', '/programme/', '/guidance/', '/awards/', '/universities/']) {
    expect(paths).toContain(section);
  }
  expect(paths.length).toBeGreaterThan(5);
});

// The pages are shared out among several tests, so the workers check them side by side.
const SHARDS = 6;

for (const colorScheme of ['light', 'dark'] as const) {
  for (let shard = 0; shard < SHARDS; shard += 1) {
    test(`every page has no axe violations in the ${colorScheme} scheme (part ${String(shard + 1)} of ${String(SHARDS)})`, async ({
      page,
      request,
    }) => {
      test.setTimeout(10 * 60_000);
      await page.emulateMedia({ colorScheme });
      // The 404 pages are not in the sitemap but are served for every unknown address.
      const paths = [...(await sitemapPaths(request)), '/404.html', '/zh-cn/404.html'].filter((_, index) => index % SHARDS === shard);
      for (const path of paths) {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const violations = results.violations.map(
          (violation) => `${path}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        );
        expect(violations).toEqual([]);
      }
    });
  }
}

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
