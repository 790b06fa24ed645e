/** A visitor finds the event's facts and reaches an entry of every collection from the home page. */
import { expect, test } from '@playwright/test';

test('the home page names the event and its headline figures', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Xiamen Talent Service Month 2023' })).toBeVisible();
  await expect(page.getByText('Overseas Students Return to Xiamen')).toBeVisible();
  await expect(page.locator('[data-figure="international-talents"]')).toContainText('more than 56,000');
  await expect(page.locator('[data-figure="workforce"]')).toContainText('1,550,000');
});

test('the main navigation leads to an activity with its time in Xiamen and its venue', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Programme', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Programme' })).toBeVisible();
  await page
    .getByRole('link', { name: /Opening Ceremony/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Opening Ceremony');
  await expect(page.getByText(/Thursday,? 6 July 2023, 09:30–11:30/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Map' })).toHaveAttribute('href', /openstreetmap|map/);
});

for (const section of ['Guidance', 'Awards', 'Universities'] as const) {
  test(`the ${section} index links to pages that open`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: section }).click();
    const entries = page
      .getByRole('main')
      .getByRole('heading', { level: section === 'Guidance' ? 3 : 2 })
      .getByRole('link');
    await expect(entries.first()).toBeVisible();
    const name = await entries.first().innerText();
    await entries.first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name.replace(/^No\. \d+\s*/, ''));
    await expect(
      page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', {
        name: section === 'Guidance' ? 'Guidance and support' : section === 'Awards' ? 'Awards and honours' : 'Partner universities',
      }),
    ).toBeVisible();
  });
}

test('an unknown address answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Programme', exact: true })).toBeVisible();
  // Its search form leads to the search page with the query.
  await page.getByRole('main').getByRole('searchbox').fill('visa');
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=visa$/);
});

test('pages read without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/programme/');
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
  await context.close();
});

test('a 320 px wide screen does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/programme/', '/programme/opening-ceremony/', '/guidance/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
