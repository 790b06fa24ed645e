/** The month calendar: a real table on wide screens, a readable list on narrow ones, in either language. */
import { expect, test } from './support/test.ts';
import { LANGUAGES } from './support/languages.ts';

for (const lang of LANGUAGES) {
  test.describe(lang.tag, () => {
    test('shows July and August 2023 as tables with weekday headers from Monday', async ({ page }) => {
      await page.goto(lang.path('calendar'));
      const july = page.getByRole('table', { name: lang.july });
      await expect(july).toBeVisible();
      await expect(page.getByRole('table', { name: lang.august })).toBeVisible();
      const headers = july.getByRole('columnheader');
      await expect(headers).toHaveCount(7);
      await expect(headers.first()).toHaveText(lang.monday);
      await expect(headers.last()).toHaveText(lang.sunday);
    });

    test('marks days outside the festival and links each day to its activities', async ({ page }) => {
      await page.goto(lang.path('calendar'));
      const july = page.getByRole('table', { name: lang.july });
      await expect(july.getByRole('cell').filter({ hasText: lang.t('calendar.outside') })).toHaveCount(5);
      await july.getByRole('link', { name: lang.openingDay }).click();
      await expect(page).toHaveURL(new RegExp(`${lang.path('programme', '2023-07-06')}$`));
    });

    test('on a narrow screen lists only the days with activities, with full dates', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(lang.path('calendar'));
      await expect(page.getByRole('link', { name: lang.openingDay })).toBeVisible();
      await expect(page.getByText(lang.monday, { exact: true }).first()).toBeHidden();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}
