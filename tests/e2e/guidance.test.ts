/** The guidance list: sections with jump links, a category filter, and pages that say how to apply, in either language. */
import { expect, test } from './support/test.ts';
import { LANGUAGES } from './support/languages.ts';

for (const lang of LANGUAGES) {
  test.describe(lang.tag, () => {
    const { t } = lang;

    test('groups the 80 items in categories reachable from jump links', async ({ page }) => {
      await page.goto(lang.path('guidance'));
      const jump = page.getByRole('navigation', { name: t('guidance.jumpTo') });
      await expect(jump.getByRole('link')).toHaveCount(10);
      await jump.getByRole('link', { name: t('guidanceCategory.housing') }).click();
      await expect(page).toHaveURL(/#housing$/);
      await expect(page.getByRole('heading', { level: 2, name: t('guidanceCategory.housing') })).toBeInViewport();
      await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveCount(80);
    });

    test('the category filter shows one category and keeps it in the URL', async ({ page }) => {
      await page.goto(lang.path('guidance'));
      await page
        .locator('summary')
        .filter({ hasText: t('filters.category') })
        .click();
      await page.getByRole('checkbox', { name: t('guidanceCategory.schooling') }).check();
      await expect(page).toHaveURL(/\?category=schooling/);
      await expect(page.getByRole('main').getByRole('heading', { level: 3 }).filter({ visible: true })).toHaveCount(8);
    });

    test('an item’s page gives its number, provider, steps, papers and contact', async ({ page }) => {
      await page.goto(lang.path('guidance', 'foreigner-work-permit'));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang.title('guidance', '01-foreigner-work-permit.mdx'));
      await expect(page.getByText(t('guidance.number', { number: 1 }), { exact: true })).toBeVisible();
      for (const heading of [t('guidance.howToApply'), t('guidance.documents'), t('guidance.contact')]) {
        await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      }
      await expect(page.getByRole('term').filter({ hasText: t('guidance.provider') })).toBeVisible();
      await expect(
        page.getByRole('definition').filter({ hasText: lang.title('organisers', 'xiamen-science-technology-bureau.yaml') }),
      ).toBeVisible();
    });
  });
}
