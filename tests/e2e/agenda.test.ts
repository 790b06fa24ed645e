/** The agenda's filters: combinable, counted, kept in the URL, and harmless without JavaScript, in either language. */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { LANGUAGES } from './support/languages.ts';

const activityHeadings = (page: Page) => page.getByRole('main').getByRole('heading', { level: 3 });
/** Opens a facet's group of checkboxes (a disclosure). */
const openFacet = (page: Page, name: string) => page.locator('summary').filter({ hasText: name }).click();

for (const lang of LANGUAGES) {
  test.describe(lang.tag, () => {
    const { t } = lang;
    const count = (page: Page) => page.locator('[data-filter-count]');

    test('filters combine, are counted, and live in the URL', async ({ page }) => {
      await page.goto(lang.path('programme'));
      await expect(activityHeadings(page)).toHaveCount(30);
      // Open the category group and choose the competition.
      await openFacet(page, t('filters.category'));
      await page.getByRole('checkbox', { name: t('category.competition') }).check();
      await expect(page).toHaveURL(/\?category=competition$/);
      await expect(count(page)).toHaveText(t('filters.showing', { shown: 4, total: 30 }));
      await expect(activityHeadings(page).filter({ visible: true })).toHaveCount(4);
      // A second facet narrows further: the competition in Jimei.
      await openFacet(page, t('filters.district'));
      await page.getByRole('checkbox', { name: t('district.jimei') }).check();
      await expect(page).toHaveURL(/\?category=competition&district=jimei$/);
      await expect(count(page)).toHaveText(t('filters.showing', { shown: 1, total: 30 }));
      await expect(activityHeadings(page).filter({ visible: true })).toHaveText([
        lang.title('activities', 'entrepreneurial-competition-heat-digital-economy.mdx'),
      ]);
    });

    test('a shared filtered link opens filtered, and back and forward restore each view', async ({ page }) => {
      await page.goto(`${lang.path('programme')}?format=online`);
      await expect(page.locator('input[name="format"][value="online"]')).toBeChecked();
      await expect(activityHeadings(page).filter({ visible: true })).toHaveCount(1);
      await openFacet(page, t('filters.format'));
      await page.getByRole('checkbox', { name: t('format.hybrid') }).check();
      await expect(page).toHaveURL(/format=hybrid/);
      const withHybrid = await activityHeadings(page).filter({ visible: true }).count();
      expect(withHybrid).toBeGreaterThan(1);
      await page.goBack();
      await expect(page).toHaveURL(/\?format=online$/);
      await expect(activityHeadings(page).filter({ visible: true })).toHaveCount(1);
      await page.goForward();
      await expect(activityHeadings(page).filter({ visible: true })).toHaveCount(withHybrid);
      await page.reload();
      await expect(activityHeadings(page).filter({ visible: true })).toHaveCount(withHybrid);
    });

    test('clear all shows everything again and empties the URL', async ({ page }) => {
      await page.goto(`${lang.path('programme')}?status=cancelled`);
      await expect(activityHeadings(page).filter({ visible: true })).toHaveCount(1);
      await page.getByRole('button', { name: t('filters.clear') }).click();
      await expect(page).toHaveURL(new RegExp(`${lang.path('programme')}$`));
      await expect(activityHeadings(page).filter({ visible: true })).toHaveCount(30);
    });

    test('a combination with no match says so', async ({ page }) => {
      await page.goto(`${lang.path('programme')}?status=cancelled&format=online`);
      await expect(page.getByText(t('filters.none'))).toBeVisible();
      await expect(count(page)).toHaveText(t('filters.showing', { shown: 0, total: 30 }));
    });

    test('without JavaScript the full list shows and no filter controls appear', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${lang.path('programme')}?category=competition`);
      await expect(activityHeadings(page)).toHaveCount(30);
      await expect(page.getByRole('checkbox', { includeHidden: false })).toHaveCount(0);
      await expect(page.getByRole('button', { name: t('filters.clear') })).toBeHidden();
      await context.close();
    });

    test('each day heading leads to that day’s page', async ({ page }) => {
      await page.goto(lang.path('programme'));
      await page.getByRole('heading', { level: 2 }).getByRole('link', { name: lang.openingDay }).click();
      await expect(page).toHaveURL(new RegExp(`${lang.path('programme', '2023-07-06')}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang.openingDay);
      await expect(page.getByRole('heading', { level: 2, name: lang.title('activities', 'opening-ceremony.mdx') })).toBeVisible();
      await page.getByRole('link', { name: t('day.next') }).click();
      await expect(page).toHaveURL(new RegExp(`${lang.path('programme', '2023-07-07')}$`));
    });
  });
}
