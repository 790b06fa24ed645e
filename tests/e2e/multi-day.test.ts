/**
 * An activity over several days, the two-day job fair (20 and 21 July), is on each of its days:
 * in the calendar, the agenda, both day pages, the time grid and "What's on", saying which day of
 * it each is and that day's part of its times, in either language.
 */
import { expect, test } from './support/test.ts';
import { LANGUAGES } from './support/languages.ts';
import { formatDay } from '../../src/lib/dates.ts';

const FIRST = '2023-07-20';
const SECOND = '2023-07-21';

for (const lang of LANGUAGES) {
  test.describe(lang.tag, () => {
    const { t } = lang;
    const fair = lang.title('activities', 'international-talent-job-fair.mdx');
    const dayOf = (number: number) => t('span.dayOf', { number, total: 2 });
    const caption = t('home.window', { opens: formatDay('2023-07-06', lang.tag), closes: formatDay('2023-08-05', lang.tag) });

    test('the calendar shows it on both days, each saying which day it is', async ({ page }) => {
      await page.goto(lang.path('calendar'));
      const calendar = page.getByRole('table', { name: caption });
      for (const [day, number] of [
        [FIRST, 1],
        [SECOND, 2],
      ] as const) {
        const entry = calendar
          .getByRole('cell')
          .filter({ hasText: formatDay(day, lang.tag) })
          .getByRole('listitem')
          .filter({ hasText: fair });
        await expect(entry).toHaveCount(1);
        await expect(entry).toContainText(dayOf(number));
        await expect(entry.getByRole('link', { name: fair })).toHaveAttribute(
          'href',
          lang.path('programme', 'international-talent-job-fair'),
        );
      }
    });

    test('each day’s page lists it with that day’s part of its times', async ({ page }) => {
      await page.goto(lang.path('programme', FIRST));
      const first = page
        .getByRole('main')
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 2, name: fair }) });
      await expect(first.locator('time')).toHaveText(t('span.from', { time: '09:00' }));
      await expect(first).toContainText(dayOf(1));
      await expect(first).toContainText(t('span.endsOn', { time: '16:00', day: lang.locale === 'en' ? '21 July' : '7月21日' }));
      // The second day has a page of its own, reached from the first by "Next day".
      await page.getByRole('link', { name: t('day.next') }).click();
      await expect(page).toHaveURL(new RegExp(`${lang.path('programme', SECOND)}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(formatDay(SECOND, lang.tag));
      const second = page
        .getByRole('main')
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 2, name: fair }) });
      await expect(second.locator('time')).toHaveText(t('span.until', { time: '16:00' }));
      await expect(second).toContainText(dayOf(2));
      await expect(second).toContainText(t('span.continuesFrom', { day: lang.locale === 'en' ? '20 July' : '7月20日' }));
      await expect(second.getByRole('button', { name: t('myProgramme.save', { title: fair }) })).toBeVisible();
      // It comes first on its second day: it began before the day's other activity.
      await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toHaveText(fair);
    });

    test('the agenda has it under both days, with one heading and one star, and counts it once', async ({ page }) => {
      await page.goto(lang.path('programme'));
      const rows = page.locator('[data-filter-item][data-filter-key="international-talent-job-fair"]');
      await expect(rows).toHaveCount(2);
      await expect(page.locator(`#day-${FIRST}`).locator(rows)).toContainText(dayOf(1));
      await expect(page.locator(`#day-${SECOND}`).locator(rows)).toContainText(dayOf(2));
      await expect(page.getByRole('heading', { level: 3, name: fair })).toHaveCount(1);
      await expect(page.getByRole('button', { name: t('myProgramme.save', { title: fair }) })).toHaveCount(1);
      // Choosing its category shows both rows, and counts it as one activity of two.
      await page.goto(`${lang.path('programme')}?category=careers`);
      await expect(rows.filter({ visible: true })).toHaveCount(2);
      await expect(page.locator('[data-filter-count]')).toHaveText(t('filters.showing', { shown: 2, total: 30 }));
    });

    test('the time grid has a block on each of its days', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(lang.path('programme', 'grid'));
      const blocks = page
        .getByRole('main')
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: fair, exact: true }) });
      await expect(blocks).toHaveCount(2);
      await expect(blocks.nth(0)).toContainText(t('span.from', { time: '09:00' }));
      await expect(blocks.nth(1)).toContainText(t('span.until', { time: '16:00' }));
      await expect(blocks.nth(1)).toContainText(dayOf(2));
    });

    test('on its second day, "What’s on" lists it with what is left of it', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2023-07-21T08:00:00+08:00'));
      await page.goto(lang.path());
      const today = page.locator('now-next').getByRole('listitem');
      await expect(today.first()).toContainText(fair);
      await expect(today.first()).toContainText(t('span.until', { time: '16:00' }));
      await expect(today.first()).toContainText(dayOf(2));
    });
  });
}
