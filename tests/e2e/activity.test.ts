/** An activity page: status, times in Xiamen and locally, registration state, neighbours, redirects, in either language. */
import { expect, test } from './support/test.ts';
import { LANGUAGES } from './support/languages.ts';

for (const lang of LANGUAGES) {
  test.describe(lang.tag, () => {
    const { t } = lang;

    test('a cancelled activity says so at the top, with the reason in the page’s language', async ({ page }) => {
      await page.goto(lang.path('programme', 'international-talent-family-day'));
      await expect(page.getByText(t('activity.statusNote.cancelled'))).toBeVisible();
      await expect(page.getByText(lang.locale === 'en' ? /typhoon/i : /台风/).first()).toBeVisible();
    });

    test('before the festival a cancelled activity offers no registration and no calendar links, only its cancelling calendar file', async ({
      page,
    }) => {
      await page.clock.setFixedTime(new Date('2023-07-01T10:00:00+08:00'));
      await page.goto(lang.path('programme', 'international-talent-family-day'));
      await expect(page.getByText(t('activity.statusNote.cancelled'))).toBeVisible();
      const main = page.getByRole('main');
      await expect(main.getByRole('link', { name: t('activity.register'), exact: true })).toHaveCount(0);
      await expect(main.getByRole('link', { name: t('calendarFiles.google') })).toHaveCount(0);
      await expect(main.getByRole('link', { name: t('calendarFiles.outlook') })).toHaveCount(0);
      // Calendars that already hold it learn from this file that it is cancelled.
      const file = main.getByRole('link', { name: t('calendarFiles.download') });
      await expect(file).toHaveAttribute('href', lang.file('programme', 'international-talent-family-day.ics'));
      const ics = await (await page.request.get(lang.file('programme', 'international-talent-family-day.ics'))).text();
      expect(ics).toContain('STATUS:CANCELLED');
    });

    test('a cancelled activity is never marked as ended or happening, with or without JavaScript', async ({ page, browser }) => {
      // Three visits, one in a second browser context.
      test.setTimeout(60_000);
      const family = lang.title('activities', 'international-talent-family-day.mdx');
      const cardOf = (on: typeof page) => on.getByRole('listitem').filter({ has: on.getByRole('heading', { name: family }) });
      for (const now of ['2023-07-29T12:00:00+08:00', '2023-08-10T12:00:00+08:00']) {
        await page.clock.setFixedTime(new Date(now));
        await page.goto(lang.path('programme', '2023-07-29'));
        await expect(cardOf(page).getByText(t('status.cancelled'), { exact: true })).toBeVisible();
        await expect(cardOf(page).getByText(t('activity.ended'), { exact: true })).toBeHidden();
        await expect(cardOf(page).getByText(t('activity.happeningNow'), { exact: true })).toBeHidden();
      }
      // Without JavaScript the build's view stands: it was built after the day.
      const context = await browser.newContext({ javaScriptEnabled: false });
      const still = await context.newPage();
      await still.goto(lang.path('programme', '2023-07-29'));
      await expect(cardOf(still).getByText(t('status.cancelled'), { exact: true })).toBeVisible();
      await expect(cardOf(still).getByText(t('activity.ended'), { exact: true })).toBeHidden();
      await context.close();
    });

    test('lists the organisers in the order the entry gives them, each a link to its page', async ({ page }) => {
      await page.goto(lang.path('programme', 'rare-earth-alliance-inaugural-forum'));
      const slugs = ['xiamen-institute-of-rare-earth-materials', 'xiamen-science-technology-bureau', 'xiamen-taiwan-affairs-office'];
      const organisers = page
        .getByRole('term')
        .filter({ hasText: t('activity.organisers') })
        .locator('+ dd')
        .getByRole('listitem');
      await expect(organisers).toHaveText(slugs.map((slug) => lang.title('organisers', `${slug}.yaml`)));
      for (const [index, slug] of slugs.entries()) {
        await expect(organisers.nth(index).getByRole('link')).toHaveAttribute('href', lang.path('organisers', slug));
      }
    });

    test('a rescheduled activity gives its new time and the time it had before', async ({ page }) => {
      await page.goto(lang.path('programme', 'returnee-services-day'));
      await expect(page.getByText(t('activity.statusNote.rescheduled'))).toBeVisible();
      await expect(page.getByText(lang.returneePlannedFor)).toBeVisible();
      await expect(page.getByText(lang.returneeNewSpan).first()).toBeVisible();
    });

    test.describe('seen from London', () => {
      test.use({ timezoneId: 'Europe/London' });

      test('shows the visitor’s own time beside Xiamen time', async ({ page }) => {
        await page.goto(lang.path('programme', 'opening-ceremony'));
        await expect(page.getByText(lang.openingInLondon)).toBeVisible();
      });
    });

    test.describe('seen from Xiamen', () => {
      test.use({ timezoneId: 'Asia/Shanghai' });

      test('shows no second time', async ({ page }) => {
        await page.goto(lang.path('programme', 'opening-ceremony'));
        await expect(page.locator('.local-time')).toHaveCount(0);
      });
    });

    test('registration shows as open before its deadline and closed after it, by the visitor’s clock', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2023-07-10T12:00:00+08:00'));
      await page.goto(lang.path('programme', 'international-talent-job-fair'));
      const register = page.getByRole('main').getByRole('link', { name: t('activity.register'), exact: true });
      await expect(register).toBeVisible();
      await page.clock.setFixedTime(new Date('2023-07-25T12:00:00+08:00'));
      await page.reload();
      await expect(register).toBeHidden();
      await expect(page.getByText(lang.pattern('activity.registrationClosed'))).toBeVisible();
    });

    test('links the previous and next activities in time order', async ({ page }) => {
      await page.goto(lang.path('programme', 'rare-earth-alliance-inaugural-forum'));
      await expect(page.getByRole('link', { name: t('activity.previous') })).toHaveAttribute(
        'href',
        lang.path('programme', 'opening-ceremony'),
      );
      await expect(page.getByRole('link', { name: t('activity.next') })).toHaveAttribute(
        'href',
        lang.path('programme', 'hai-link-business-workshop-first-session'),
      );
    });

    test('an old slug leads to the activity’s current page', async ({ page }) => {
      await page.goto(lang.path('programme', 'returnee-help-day'));
      await expect(page).toHaveURL(new RegExp(`${lang.path('programme', 'returnee-services-day')}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang.title('activities', 'returnee-services-day.mdx'));
    });

    test('guidance and activities link each other', async ({ page }) => {
      const jobFair = lang.title('activities', 'international-talent-job-fair.mdx');
      await page.goto(lang.path('guidance', 'job-fair-registration'));
      await page.getByRole('main').getByRole('link', { name: jobFair }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(jobFair);
      await expect(page.getByRole('heading', { name: t('activity.relatedGuidance') })).toBeVisible();
      await expect(page.getByRole('link', { name: lang.title('guidance', '09-job-fair-registration.mdx') })).toBeVisible();
    });
  });
}
