/** The guidance list: sections with jump links, a category filter, and pages that say how to apply. */
import { expect, test } from '@playwright/test';

test('groups the 80 items in categories reachable from jump links', async ({ page }) => {
  await page.goto('/guidance/');
  const jump = page.getByRole('navigation', { name: 'Categories' });
  await expect(jump.getByRole('link')).toHaveCount(10);
  await jump.getByRole('link', { name: 'Housing' }).click();
  await expect(page).toHaveURL(/#housing$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Housing' })).toBeInViewport();
});

test('the category filter shows one category and keeps it in the URL', async ({ page }) => {
  await page.goto('/guidance/');
  await page.locator('summary').filter({ hasText: 'Category' }).click();
  await page.getByRole('checkbox', { name: /Children's schooling/ }).check();
  await expect(page).toHaveURL(/\?category=schooling/);
  await expect(page.getByRole('main').getByRole('heading', { level: 3 }).filter({ visible: true })).toHaveCount(8);
});

test('an item’s page gives its number, provider, steps, papers and contact', async ({ page }) => {
  await page.goto('/guidance/foreigner-work-permit/');
  await expect(page.getByText('No. 1', { exact: true })).toBeVisible();
  for (const heading of ['How to apply', 'What to bring', 'Contact']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByRole('term').filter({ hasText: 'Provided by' })).toBeVisible();
});
