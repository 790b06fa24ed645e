/** The month calendar: a real table on wide screens, a readable list on narrow ones. */
import { expect, test } from '@playwright/test';

test('shows July and August 2023 as tables with weekday headers from Monday', async ({ page }) => {
  await page.goto('/calendar/');
  const july = page.getByRole('table', { name: 'July 2023' });
  await expect(july).toBeVisible();
  await expect(page.getByRole('table', { name: 'August 2023' })).toBeVisible();
  const headers = july.getByRole('columnheader');
  await expect(headers).toHaveCount(7);
  await expect(headers.first()).toHaveText('Mon');
  await expect(headers.last()).toHaveText('Sun');
});

test('marks days outside the festival and links each day to its activities', async ({ page }) => {
  await page.goto('/calendar/');
  const july = page.getByRole('table', { name: 'July 2023' });
  await expect(july.getByRole('cell').filter({ hasText: 'outside the festival' })).toHaveCount(5);
  await july.getByRole('link', { name: /^Thursday,? 6 July 2023$/ }).click();
  await expect(page).toHaveURL(/\/programme\/2023-07-06\/$/);
});

test('on a narrow screen lists only the days with activities, with full dates', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/calendar/');
  await expect(page.getByRole('link', { name: /Thursday,? 6 July 2023/ })).toBeVisible();
  await expect(page.getByText('Mon', { exact: true }).first()).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
