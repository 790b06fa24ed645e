/**
 * What the sweep over every page (tests/e2e/every-page.test.ts) relies on: the sitemap lists the
 * pages of every collection, and the axe check it runs finds what it should. Keyboard users can
 * skip to the content.
 */
import { expect, test } from './support/test.ts';
import { sitemapPaths } from './support/sitemap.ts';
import { axeViolations, COLOUR_RULES } from './support/axe.ts';

test('the sitemap lists the pages of every collection', async ({ request }) => {
  const paths = await sitemapPaths(request);
  for (const section of ['/', '/programme/', '/guidance/', '/awards/', '/universities/']) {
    expect(paths).toContain(section);
  }
  expect(paths.length).toBeGreaterThan(300);
});

test('the axe check names an image without a text and, in the dark scheme, text too faint to read', async ({ page }) => {
  await page.goto('/about/');
  expect(await axeViolations(page, 'light')).toEqual([]);
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = '/favicon.svg';
    document.querySelector('main')?.append(image);
  });
  expect(await axeViolations(page, 'light')).toEqual(['light: image-alt (img)']);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => {
    document.querySelector('main img')?.remove();
    const faint = document.createElement('p');
    faint.id = 'faint';
    faint.textContent = 'Hard to read';
    faint.style.color = '#333';
    document.querySelector('main')?.append(faint);
  });
  expect(await axeViolations(page, 'dark', COLOUR_RULES)).toEqual(['dark: color-contrast (#faint)']);
});

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
