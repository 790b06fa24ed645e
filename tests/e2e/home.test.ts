/** "What's on" follows the visitor's clock: before, during and after the festival. */
import { expect, test } from '@playwright/test';

test('during the festival it lists today’s activities and the next one', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2023-07-06T10:00:00+08:00'));
  await page.goto('/');
  const whatsOn = page.locator('now-next');
  await expect(whatsOn.getByRole('heading', { name: 'Today in Xiamen' })).toBeVisible();
  await expect(whatsOn.getByRole('link', { name: /Opening Ceremony/ })).toBeVisible();
  await expect(whatsOn.getByText(/Next: Rare Earth Industry Alliance/)).toBeVisible();
});

test('just after midnight in Xiamen, "today" is already the new day', async ({ page }) => {
  // 00:30 on 7 July in Xiamen is still 6 July in UTC.
  await page.clock.setFixedTime(new Date('2023-07-06T16:30:00Z'));
  await page.goto('/');
  await expect(page.locator('now-next').getByRole('listitem').first()).toContainText('Rare Earth');
});

test('before the festival it says when it starts', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2023-06-20T10:00:00+08:00'));
  await page.goto('/');
  await expect(page.getByText(/The programme starts on Thursday,? 6 July 2023/)).toBeVisible();
});

test('after the festival it says it has ended and shows the highlights, also without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByText(/The programme ended on Saturday,? 5 August 2023/)).toBeVisible();
  await expect(page.locator('now-next').getByRole('heading', { level: 3 }).first()).toBeVisible();
  await context.close();
});
