/** Registration state on activity pages and cards, by the visitor's clock, and the agenda's filter by it, in either language. */
import { expect, test } from './support/test.ts';
import { LANGUAGES } from './support/languages.ts';

for (const lang of LANGUAGES) {
  test.describe(lang.tag, () => {
    const { t } = lang;

    test('an open registration warns in its last 48 hours and closes at its deadline', async ({ page }) => {
      // The roundtable's deadline is 17 July, 18:00.
      const register = page.getByRole('main').getByRole('link', { name: t('activity.register'), exact: true });
      await page.clock.setFixedTime(new Date('2023-07-14T12:00:00+08:00'));
      await page.goto(lang.path('programme', 'urban-environment-expert-roundtable'));
      await expect(register).toBeVisible();
      await expect(page.getByText(t('activity.closingSoon'))).toBeHidden();
      await page.clock.setFixedTime(new Date('2023-07-16T20:00:00+08:00'));
      await page.reload();
      await expect(register).toBeVisible();
      await expect(page.getByText(t('activity.closingSoon'))).toBeVisible();
      await page.clock.setFixedTime(new Date('2023-07-17T18:00:00+08:00'));
      await page.reload();
      await expect(register).toBeHidden();
      await expect(page.getByText(lang.pattern('activity.registrationClosed'))).toBeVisible();
    });

    test('a full activity offers no sign-up, and one with a waiting list offers the list', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2023-07-08T12:00:00+08:00'));
      await page.goto(lang.path('programme', 'modern-agriculture-field-day'));
      const main = page.getByRole('main');
      await expect(main.getByText(t('activity.full'), { exact: true })).toBeVisible();
      await expect(main.getByRole('link', { name: t('activity.register'), exact: true })).toHaveCount(0);
      await page.goto(lang.path('programme', 'guilu-returnee-evening'));
      await expect(main.getByRole('link', { name: t('activity.waitingList') })).toHaveAttribute(
        'href',
        /waiting-list\/guilu-returnee-evening$/,
      );
      await expect(main.getByRole('link', { name: t('activity.register'), exact: true })).toHaveCount(0);
    });

    test('an optional sign-up says none is needed and keeps its link until the deadline', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2023-07-10T12:00:00+08:00'));
      await page.goto(lang.path('programme', 'international-talent-job-fair'));
      const card = page.getByRole('main');
      await expect(card.getByRole('link', { name: t('activity.register'), exact: true })).toBeVisible();
      await expect(card.getByText(t('activity.registrationOptional'))).toBeVisible();
    });

    test('cards say where registration stands by the visitor’s clock until the activity is over, and without JavaScript by the build’s', async ({
      page,
      browser,
    }) => {
      const heading = lang.title('activities', 'urban-environment-expert-roundtable.mdx');
      const cardOf = (on: typeof page) => on.getByRole('listitem').filter({ has: on.getByRole('heading', { name: heading }) });
      await page.clock.setFixedTime(new Date('2023-07-16T20:00:00+08:00'));
      await page.goto(lang.path('programme', '2023-07-19'));
      await expect(cardOf(page).getByText(t('registration.closing-soon'), { exact: true })).toBeVisible();
      // Once it is over, "Ended" says it all.
      await page.clock.setFixedTime(new Date('2023-07-20T12:00:00+08:00'));
      await page.reload();
      await expect(cardOf(page).getByText(t('activity.ended'), { exact: true })).toBeVisible();
      await expect(cardOf(page).getByText(t('registration.closed'), { exact: true })).toBeHidden();
      // The build ran after the festival: without JavaScript its view stands, the same.
      const context = await browser.newContext({ javaScriptEnabled: false });
      const still = await context.newPage();
      await still.goto(lang.path('programme', '2023-07-19'));
      await expect(cardOf(still).getByText(t('activity.ended'), { exact: true })).toBeVisible();
      await expect(cardOf(still).getByText(t('registration.closed'), { exact: true })).toBeHidden();
      await context.close();
    });

    test('the agenda filters by registration state as the visitor’s clock has it', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2023-07-10T12:00:00+08:00'));
      await page.goto(`${lang.path('programme')}?registration=waiting-list`);
      const listed = page.getByRole('heading', { level: 3 }).filter({ visible: true });
      await expect(listed).toHaveText([lang.title('activities', 'guilu-returnee-evening.mdx')]);
    });
  });
}
