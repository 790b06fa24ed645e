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
      const register = page.getByRole('definition').getByRole('link', { name: t('activity.register'), exact: true });
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
