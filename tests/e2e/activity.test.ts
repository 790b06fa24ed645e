/** An activity page: status, times in Xiamen and locally, registration state, neighbours, redirects. */
import { expect, test } from '@playwright/test';

test('a cancelled activity says so at the top, with the reason', async ({ page }) => {
  await page.goto('/programme/international-talent-family-day/');
  await expect(page.getByText('This activity has been cancelled.')).toBeVisible();
  await expect(page.getByText(/typhoon/i).first()).toBeVisible();
});

test('a rescheduled activity gives its new time and the time it had before', async ({ page }) => {
  await page.goto('/programme/returnee-services-day/');
  await expect(page.getByText('This activity has moved to a new time.')).toBeVisible();
  await expect(page.getByText(/It was planned for Saturday,? 15 July 2023, 09:00/)).toBeVisible();
  await expect(page.getByText(/Saturday,? 22 July 2023, 09:00–16:00/)).toBeVisible();
});

test.describe('seen from London', () => {
  test.use({ timezoneId: 'Europe/London' });

  test('shows the visitor’s own time beside Xiamen time', async ({ page }) => {
    await page.goto('/programme/opening-ceremony/');
    await expect(page.getByText('(Thu 6 Jul, 02:30 your time)')).toBeVisible();
  });
});

test.describe('seen from Xiamen', () => {
  test.use({ timezoneId: 'Asia/Shanghai' });

  test('shows no second time', async ({ page }) => {
    await page.goto('/programme/opening-ceremony/');
    await expect(page.getByText(/your time/)).toHaveCount(0);
  });
});

test('registration shows as open before its deadline and closed after it, by the visitor’s clock', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2023-07-10T12:00:00+08:00'));
  await page.goto('/programme/international-talent-job-fair/');
  const register = page.getByRole('definition').getByRole('link', { name: 'Register', exact: true });
  await expect(register).toBeVisible();
  await page.clock.setFixedTime(new Date('2023-07-25T12:00:00+08:00'));
  await page.reload();
  await expect(register).toBeHidden();
  await expect(page.getByText(/Registration closed on/)).toBeVisible();
});

test('links the previous and next activities in time order', async ({ page }) => {
  await page.goto('/programme/rare-earth-alliance-inaugural-forum/');
  await expect(page.getByRole('link', { name: /Previous activity/ })).toHaveAttribute('href', '/programme/opening-ceremony/');
  await expect(page.getByRole('link', { name: /Next activity/ })).toHaveAttribute(
    'href',
    '/programme/hai-link-business-workshop-first-session/',
  );
});

test('an old slug leads to the activity’s current page', async ({ page }) => {
  await page.goto('/programme/returnee-help-day/');
  await expect(page).toHaveURL(/\/programme\/returnee-services-day\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Services Day');
});

test('guidance and activities link each other', async ({ page }) => {
  await page.goto('/guidance/job-fair-registration/');
  await page
    .getByRole('main')
    .getByRole('link', { name: /Job Fair/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Job Fair');
  await expect(page.getByRole('heading', { name: 'Related guidance' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Register for the International Talent Job Fair/ })).toBeVisible();
});
