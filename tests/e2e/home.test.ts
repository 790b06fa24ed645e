/** "What's on" follows the visitor's clock: before, during and after the festival, in either language. */
import { expect, test } from './support/test.ts';
import { LANGUAGES } from './support/languages.ts';

for (const lang of LANGUAGES) {
  test.describe(lang.tag, () => {
    const { t } = lang;
    const opening = lang.title('activities', 'opening-ceremony.mdx');
    const rareEarth = lang.title('activities', 'rare-earth-alliance-inaugural-forum.mdx');

    test('during the festival it lists today’s activities and the next one', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2023-07-06T10:00:00+08:00'));
      await page.goto(lang.path());
      const whatsOn = page.locator('now-next');
      await expect(whatsOn.getByRole('heading', { name: t('now.today') })).toBeVisible();
      await expect(whatsOn.getByRole('link', { name: opening })).toBeVisible();
      await expect(whatsOn.getByText(t('now.next'))).toContainText(rareEarth);
    });

    test('"next" is the first activity of a later day, never one already on today’s list', async ({ page }) => {
      // 27 July has two activities, both still to come at 08:00.
      await page.clock.setFixedTime(new Date('2023-07-27T08:00:00+08:00'));
      await page.goto(lang.path());
      const whatsOn = page.locator('now-next');
      const today = whatsOn.getByRole('listitem');
      await expect(today).toHaveCount(2);
      await expect(today.nth(0)).toContainText(lang.title('activities', 'cross-strait-integrated-circuit-talent-forum.mdx'));
      await expect(today.nth(1)).toContainText(lang.title('activities', 'online-policy-briefing-for-overseas-students.mdx'));
      await expect(whatsOn.getByText(t('now.next'))).toContainText(
        lang.title('activities', 'entrepreneurial-competition-heat-advanced-manufacturing.mdx'),
      );
    });

    test('just after midnight in Xiamen, "today" is already the new day', async ({ page }) => {
      // 00:30 on 7 July in Xiamen is still 6 July in UTC.
      await page.clock.setFixedTime(new Date('2023-07-06T16:30:00Z'));
      await page.goto(lang.path());
      await expect(page.locator('now-next').getByRole('listitem').first()).toContainText(rareEarth);
    });

    test('on a phone the first screen shows the name, the dates, what is on and the way to the programme', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.clock.setFixedTime(new Date('2023-07-07T10:00:00+08:00'));
      await page.goto(lang.path());
      const whatsOn = page.locator('now-next');
      const firstScreen = [
        page.getByRole('heading', { level: 1, name: t('site.name') }),
        page.getByText(lang.window),
        whatsOn.getByRole('heading', { name: t('now.today') }),
        whatsOn.getByRole('link', { name: rareEarth }).first(),
        whatsOn.getByText(t('now.next')),
        page.getByRole('main').getByRole('link', { name: t('home.action') }),
      ];
      for (const element of firstScreen) {
        await expect(element).toBeVisible();
        const box = await element.boundingBox();
        expect(box && box.y + box.height).toBeLessThanOrEqual(844);
      }
    });

    test('before the festival it says when it starts', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2023-06-20T10:00:00+08:00'));
      await page.goto(lang.path());
      await expect(page.locator('now-next').getByText(lang.startsOn)).toBeVisible();
    });

    test('before the festival the highlights are not marked as ended or happening', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2023-06-01T10:00:00+08:00'));
      await page.goto(lang.path());
      const highlights = page.locator('now-next [data-highlights]');
      await expect(page.locator('now-next').getByText(lang.startsOn)).toBeVisible();
      await expect(highlights.getByRole('listitem').first()).toBeVisible();
      await expect(highlights.getByText(t('activity.ended'), { exact: true })).toHaveCount(0);
      await expect(highlights.getByText(t('activity.happeningNow'), { exact: true })).toHaveCount(0);
    });

    test('after the festival it says it has ended and shows the highlights, also without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(lang.path());
      await expect(page.locator('now-next').getByText(lang.endedOn)).toBeVisible();
      await expect(page.locator('now-next').getByRole('heading', { level: 3 }).first()).toBeVisible();
      await context.close();
    });
  });
}
