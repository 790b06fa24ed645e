/**
 * The calendar: one table of the weeks the festival touches, today marked while it runs (by the
 * visitor's clock), a readable list on narrow screens, in either language.
 */
import { expect, test } from './support/test.ts';
import { LANGUAGES } from './support/languages.ts';
import { formatDay } from '../../src/lib/dates.ts';

const DURING = new Date('2023-07-07T10:00:00+08:00');
const BEFORE = new Date('2023-06-01T10:00:00+08:00');
const AFTER = new Date('2023-09-01T10:00:00+08:00');

for (const lang of LANGUAGES) {
  test.describe(lang.tag, () => {
    const { t } = lang;
    const caption = t('home.window', { opens: formatDay('2023-07-06', lang.tag), closes: formatDay('2023-08-05', lang.tag) });

    test('shows only the festival’s weeks, from Monday 3 July to Sunday 6 August, in one table', async ({ page }) => {
      await page.goto(lang.path('calendar'));
      await expect(page.getByRole('table')).toHaveCount(1);
      const calendar = page.getByRole('table', { name: caption });
      const headers = calendar.getByRole('columnheader');
      await expect(headers).toHaveCount(7);
      await expect(headers.first()).toHaveText(lang.monday);
      await expect(headers.last()).toHaveText(lang.sunday);
      // Five weeks of seven days: nothing of August after the festival's last week.
      const weeks = calendar.locator('tbody').getByRole('row');
      await expect(weeks).toHaveCount(5);
      await expect(calendar.getByRole('cell')).toHaveCount(35);
      await expect(calendar.getByRole('cell').first()).toContainText(formatDay('2023-07-03', lang.tag));
      await expect(calendar.getByRole('cell').last()).toContainText(formatDay('2023-08-06', lang.tag));
    });

    test('marks the days outside the festival and links each day to its activities', async ({ page }) => {
      await page.goto(lang.path('calendar'));
      const calendar = page.getByRole('table', { name: caption });
      // 3, 4 and 5 July before it opens, 6 August after it closes.
      await expect(calendar.getByRole('cell').filter({ hasText: t('calendar.outside') })).toHaveCount(4);
      await calendar.getByRole('link', { name: lang.openingDay }).click();
      await expect(page).toHaveURL(new RegExp(`${lang.path('programme', '2023-07-06')}$`));
    });

    test('colours each entry by its category', async ({ page }) => {
      await page.goto(lang.path('calendar'));
      const entries = page.getByRole('table', { name: caption }).getByRole('listitem');
      // 30 activities, the two-day job fair on both of its days.
      await expect(entries).toHaveCount(31);
      const categories = await entries.evaluateAll((items) => items.map((item) => item.getAttribute('data-category') ?? ''));
      expect(categories.every((category) => /^[a-z-]+$/.test(category))).toBe(true);
      await expect(entries.filter({ hasText: lang.title('activities', 'opening-ceremony.mdx') })).toHaveAttribute(
        'data-category',
        'ceremony',
      );
    });

    test('during the festival, marks today and offers a jump to it', async ({ page }) => {
      await page.clock.setFixedTime(DURING);
      await page.goto(lang.path('calendar'));
      const today = page.locator('td[aria-current="date"]');
      await expect(today).toHaveCount(1);
      await expect(today).toContainText(formatDay('2023-07-07', lang.tag));
      const jump = page.getByRole('link', { name: t('calendar.todayJump') });
      await expect(jump).toBeVisible();
      await jump.click();
      await expect(page).toHaveURL(/#day-2023-07-07$/);
      await expect(today).toBeInViewport();
    });

    for (const [when, clock] of [
      ['before', BEFORE],
      ['after', AFTER],
    ] as const) {
      test(`${when} the festival, marks no day as today and offers no jump`, async ({ page }) => {
        await page.clock.setFixedTime(clock);
        await page.goto(lang.path('calendar'));
        await expect(page.getByRole('table', { name: caption })).toBeVisible();
        await expect(page.locator('[aria-current="date"]')).toHaveCount(0);
        await expect(page.getByRole('link', { name: t('calendar.todayJump') })).toBeHidden();
      });
    }

    test('on a narrow screen lists the days with activities, with full dates, and keeps today in the list', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2023-07-09T10:00:00+08:00'));
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(lang.path('calendar'));
      await expect(page.getByRole('link', { name: lang.openingDay })).toBeVisible();
      await expect(page.getByText(lang.monday, { exact: true }).first()).toBeHidden();
      // Sunday 9 July has no activity, but it is today: it stays, and the jump leads to it.
      await expect(page.getByText(formatDay('2023-07-10', lang.tag))).toBeHidden();
      await page.getByRole('link', { name: t('calendar.todayJump') }).click();
      await expect(page.getByText(formatDay('2023-07-09', lang.tag))).toBeInViewport();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}
