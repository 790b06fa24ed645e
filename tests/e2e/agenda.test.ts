/** The agenda's filters: combinable, counted, kept in the URL, and harmless without JavaScript. */
import { expect, test } from '@playwright/test';

import type { Page } from '@playwright/test';

const activityHeadings = (page: Page) => page.getByRole('main').getByRole('heading', { level: 3 });
/** Opens a facet's group of checkboxes (a disclosure). */
const openFacet = (page: Page, name: string) => page.locator('summary').filter({ hasText: name }).click();

test('filters combine, are counted, and live in the URL', async ({ page }) => {
  await page.goto('/programme/');
  await expect(activityHeadings(page)).toHaveCount(30);
  // Open the category group and choose the competition.
  await openFacet(page, 'Category');
  await page.getByRole('checkbox', { name: /Entrepreneurial competition/ }).check();
  await expect(page).toHaveURL(/\?category=competition$/);
  await expect(page.locator('[data-filter-count]')).toHaveText('Showing 4 of 30');
  await expect(activityHeadings(page).filter({ visible: true })).toHaveCount(4);
  // A second facet narrows further: the competition in Jimei.
  await openFacet(page, 'District');
  await page.getByRole('checkbox', { name: /Jimei/ }).check();
  await expect(page).toHaveURL(/\?category=competition&district=jimei$/);
  await expect(page.locator('[data-filter-count]')).toHaveText('Showing 1 of 30');
  await expect(activityHeadings(page).filter({ visible: true })).toHaveText(['Entrepreneurial Competition – Digital Economy Heat']);
});

test('a shared filtered link opens filtered, and back and forward restore each view', async ({ page }) => {
  await page.goto('/programme/?format=online');
  await expect(page.locator('input[name="format"][value="online"]')).toBeChecked();
  await expect(activityHeadings(page).filter({ visible: true })).toHaveCount(1);
  await openFacet(page, 'Format');
  await page.getByRole('checkbox', { name: /In person and online/ }).check();
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
  await page.goto('/programme/?status=cancelled');
  await expect(activityHeadings(page).filter({ visible: true })).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/programme\/$/);
  await expect(activityHeadings(page).filter({ visible: true })).toHaveCount(30);
});

test('a combination with no match says so', async ({ page }) => {
  await page.goto('/programme/?status=cancelled&format=online');
  await expect(page.getByText('No activity matches these filters.')).toBeVisible();
  await expect(page.locator('[data-filter-count]')).toHaveText('Showing 0 of 30');
});

test('without JavaScript the full list shows and no filter controls appear', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/programme/?category=competition');
  await expect(activityHeadings(page)).toHaveCount(30);
  await expect(page.getByRole('checkbox', { includeHidden: false })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Clear all filters' })).toBeHidden();
  await context.close();
});

test('each day heading leads to that day’s page', async ({ page }) => {
  await page.goto('/programme/');
  await page
    .getByRole('heading', { level: 2 })
    .getByRole('link', { name: /^Thursday,? 6 July 2023$/ })
    .click();
  await expect(page).toHaveURL(/\/programme\/2023-07-06\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/6 July 2023/);
  await expect(page.getByRole('heading', { level: 2, name: /Opening Ceremony/ })).toBeVisible();
  await page.getByRole('link', { name: /Next day/ }).click();
  await expect(page).toHaveURL(/\/programme\/2023-07-07\/$/);
});
