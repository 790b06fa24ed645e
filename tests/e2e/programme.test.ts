/**
 * The programme's two views: the list, a row per day that keeps the page short on a wide screen,
 * and the time grid, days across and hours down; each links to the other, in either language.
 */
import { expect, test } from './support/test.ts';
import { CHINESE, ENGLISH, LANGUAGES } from './support/languages.ts';

for (const lang of LANGUAGES) {
  test.describe(lang.tag, () => {
    const { t } = lang;
    const opening = lang.title('activities', 'opening-ceremony.mdx');

    test.describe('on a wide screen, for a visitor far from Xiamen', () => {
      // New York is 12 hours behind Xiamen: every entry shows the visitor's own time as well.
      test.use({ viewport: { width: 1280, height: 900 }, timezoneId: 'America/New_York' });

      test('the list of 30 activities is at most 5,000 px tall', async ({ page }) => {
        await page.goto(lang.path('programme'));
        await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveCount(30);
        await expect(page.locator('.local-time').first()).toBeVisible();
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(height).toBeLessThanOrEqual(5000);
      });
    });

    test('each entry gives its time, title, category, place, status and a star, coloured by its category', async ({ page }) => {
      await page.goto(lang.path('programme'));
      // 30 activities, the two-day job fair on both of its days.
      const entries = page.locator('[data-filter-item]');
      await expect(entries).toHaveCount(31);
      const categories = await entries.evaluateAll((items) => items.map((item) => item.getAttribute('data-category') ?? ''));
      expect(categories.every((category) => /^[a-z-]+$/.test(category))).toBe(true);
      const entry = entries.filter({ has: page.getByRole('link', { name: opening, exact: true }) });
      await expect(entry).toHaveAttribute('data-category', 'ceremony');
      await expect(entry.locator('time')).toHaveText(/09:30–11:30/);
      await expect(entry).toContainText(t('category.ceremony'));
      await expect(entry).toContainText(lang.title('venues', 'xiamen-international-conference-center.yaml'));
      await expect(entry.getByRole('button', { name: t('myProgramme.save', { title: opening }) })).toBeVisible();
      // Online activities say so instead of a venue; a changed status shows as a badge.
      const online = entries.filter({ hasText: lang.title('activities', 'online-policy-briefing-for-overseas-students.mdx') });
      await expect(online).toContainText(t('activity.online'));
      const cancelled = entries.filter({ hasText: lang.title('activities', 'international-talent-family-day.mdx') });
      await expect(cancelled).toContainText(t('status.cancelled'));
    });

    test('the day jumps lead to each day’s section', async ({ page }) => {
      await page.goto(lang.path('programme'));
      const jumps = page.getByRole('navigation', { name: t('programme.skipToDay') }).getByRole('link');
      await expect(jumps).toHaveCount(27);
      const targets = await jumps.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      for (const target of targets) {
        expect(target).toMatch(/^#day-\d{4}-\d{2}-\d{2}$/);
        await expect(page.locator(`section${target}[data-filter-group]`)).toHaveCount(1);
      }
      await expect(page.locator('a[data-filter-jump]')).toHaveCount(27);
      await jumps.filter({ hasText: /29/ }).click();
      await expect(page).toHaveURL(/#day-2023-07-29$/);
      await expect(page.getByRole('region', { name: /29/ }).getByRole('heading', { level: 2 })).toBeInViewport();
    });

    test('the list and the time grid link to each other, the current one marked', async ({ page }) => {
      const views = page.getByRole('navigation', { name: t('programme.views') });
      await page.goto(lang.path('programme'));
      await expect(views.getByRole('link', { name: t('programme.viewList') })).toHaveAttribute('aria-current', 'page');
      await views.getByRole('link', { name: t('programme.viewGrid') }).click();
      await expect(page).toHaveURL(new RegExp(`${lang.path('programme', 'grid')}$`));
      await expect(views.getByRole('link', { name: t('programme.viewGrid') })).toHaveAttribute('aria-current', 'page');
      await expect(views.getByRole('link', { name: t('programme.viewList') })).not.toHaveAttribute('aria-current', /.*/);
      await views.getByRole('link', { name: t('programme.viewList') }).click();
      await expect(page).toHaveURL(new RegExp(`${lang.path('programme')}$`));
    });

    test('the language switch keeps the time grid', async ({ page }) => {
      const other = lang === ENGLISH ? CHINESE : ENGLISH;
      await page.goto(lang.path('programme', 'grid'));
      await page.getByRole('link', { name: other.t('language.name') }).click();
      await expect(page).toHaveURL(new RegExp(`${other.path('programme', 'grid')}$`));
      await expect(page.getByRole('heading', { level: 1, name: other.t('programme.gridTitle') })).toBeVisible();
    });

    test('on a wide screen the time grid puts an activity in its day’s column, over its hours', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(lang.path('programme', 'grid'));
      const week = page.getByRole('region', { name: t('programme.gridWeek', { day: lang.locale === 'en' ? '3 Jul' : '7月3日' }) });
      const thursday = week.getByRole('heading', { level: 3 }).nth(3);
      const block = week.getByRole('listitem').filter({ has: page.getByRole('link', { name: opening, exact: true }) });
      const hour = (label: string) => week.locator('[aria-hidden="true"] li').filter({ hasText: label });
      const [column, box, nine, twelve] = await Promise.all([
        thursday.boundingBox(),
        block.boundingBox(),
        hour('09:00').boundingBox(),
        hour('12:00').boundingBox(),
      ]);
      if (!column || !box || !nine || !twelve) throw new Error('the grid is not laid out');
      // 09:30–11:30 on Thursday 6 July: inside Thursday's column, between the 09:00 and 12:00 lines.
      expect(box.x).toBeGreaterThanOrEqual(column.x - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(column.x + column.width + 1);
      expect(box.y).toBeGreaterThan(nine.y);
      expect(box.y + box.height).toBeLessThanOrEqual(twelve.y + 1);
      // Each of the 30 activities is on the grid once for each day it covers: the job fair twice.
      await expect(page.getByRole('main').locator('[data-row][data-category]')).toHaveCount(31);
    });

    test('on a 320 px screen the time grid is a list of days and does not scroll sideways', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(lang.path('programme', 'grid'));
      await expect(page.getByRole('link', { name: opening, exact: true })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });

    test('the time grid reads without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(lang.path('programme', 'grid'));
      await expect(page.getByRole('link', { name: opening, exact: true })).toBeVisible();
      await context.close();
    });

    test('a day’s page shows its activities as the list does, with their summaries', async ({ page }) => {
      await page.goto(lang.path('programme', '2023-07-06'));
      const entry = page
        .getByRole('main')
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 2, name: opening }) });
      await expect(entry).toHaveAttribute('data-category', 'ceremony');
      await expect(entry.locator('time')).toHaveText(/09:30–11:30/);
      await expect(entry.locator('.summary')).toHaveText(/\S/);
    });
  });
}
