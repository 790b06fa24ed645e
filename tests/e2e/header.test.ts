/**
 * The header on phones and desktops: at most 64 px tall on a phone on every template, one row on
 * a desktop, and a menu that opens and leads on with or without JavaScript.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { LANGUAGES } from './support/languages.ts';

// One page of each template, by its path after the language prefix.
const TEMPLATES = [
  [],
  ['programme'],
  ['programme', '2023-07-06'],
  ['programme', 'opening-ceremony'],
  ['calendar'],
  ['guidance'],
  ['guidance', 'foreigner-work-permit'],
  ['awards'],
  ['awards', 'xiamen-talent-scout-awards'],
  ['universities'],
  ['universities', 'nankai-university'],
  ['venues'],
  ['venues', 'gulangyu-piano-museum'],
  ['organisers'],
  ['organisers', 'xiamen-hrss-bureau'],
  ['about'],
  ['my-programme'],
  ['search'],
];

/** The top and bottom of every item the bar shows: the wordmark, the sections, search, the language switch. */
async function barItems(page: Page): Promise<{ name: string; top: number; bottom: number }[]> {
  return page
    .locator('header')
    .locator('a, summary')
    .evaluateAll((elements) =>
      elements
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height > 0)
        .map(({ element, box }) => ({ name: element.textContent.trim(), top: box.top, bottom: box.bottom })),
    );
}

for (const lang of LANGUAGES) {
  test.describe(lang.tag, () => {
    const { t } = lang;

    for (const size of [
      { width: 390, height: 844 },
      { width: 320, height: 640 },
    ]) {
      test(`at ${String(size.width)}×${String(size.height)} the header is at most 64 px tall on every template`, async ({ page }) => {
        // Fourteen pages in one test: give it the time.
        test.setTimeout(240_000);
        await page.setViewportSize(size);
        for (const segments of TEMPLATES) {
          const path = lang.path(...segments);
          await page.goto(path);
          const header = await page.locator('header.site-header').boundingBox();
          expect(header?.height, path).toBeLessThanOrEqual(64);
          // Search and the other language stay in the bar; the sections wait behind the menu.
          await expect(
            page
              .getByRole('banner')
              .getByRole('link', { name: t('search.open') })
              .or(page.getByRole('banner').getByRole('button', { name: t('search.open') })),
          ).toBeVisible();
          await expect(page.getByRole('banner').locator('[data-language-switch]')).toBeVisible();
          await expect(page.getByRole('navigation', { name: t('nav.label') })).toBeHidden();
        }
      });
    }

    for (const width of [1280, 1440]) {
      test(`at ${String(width)} px the header is one row with every section in it`, async ({ page }) => {
        test.setTimeout(60_000);
        await page.setViewportSize({ width, height: 900 });
        for (const segments of [[], ['programme'], ['guidance', 'foreigner-work-permit']]) {
          await page.goto(lang.path(...segments));
          const header = await page.locator('header.site-header').boundingBox();
          expect(header?.height).toBeLessThanOrEqual(72);
          await expect(page.locator('header summary')).toBeHidden();
          const items = await barItems(page);
          // The wordmark, eight sections, search and the language switch.
          expect(items.length).toBe(11);
          // One row: every item overlaps the first one's line.
          const [first] = items;
          for (const item of items) {
            expect(item.top, item.name).toBeLessThan(first?.bottom ?? 0);
            expect(item.bottom, item.name).toBeGreaterThan(first?.top ?? 0);
          }
        }
      });
    }

    test('on a phone the menu opens, marks the current section, leads on and closes on Esc', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(lang.path('guidance'));
      const menu = page.locator('header summary');
      const nav = page.getByRole('navigation', { name: t('nav.label') });
      await expect(menu).toHaveText(t('nav.menu'));
      await menu.click();
      await expect(nav.getByRole('link', { name: t('nav.guidance') })).toHaveAttribute('aria-current', 'page');
      await page.keyboard.press('Escape');
      await expect(nav).toBeHidden();
      await expect(menu).toBeFocused();
      // The keyboard opens it too, and its links are reached with Tab.
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await expect(nav.getByRole('link', { name: t('nav.programme'), exact: true })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${lang.path('programme')}$`));
    });

    test('on a phone a tap outside the open menu closes it', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(lang.path('about'));
      await page.locator('header summary').click();
      await expect(page.getByRole('navigation', { name: t('nav.label') })).toBeVisible();
      // Below the open menu, on the page.
      await page.mouse.click(200, 800);
      await expect(page.getByRole('navigation', { name: t('nav.label') })).toBeHidden();
    });

    test('without JavaScript the menu opens and its links lead on, on a phone and on a desktop', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await page.goto(lang.path());
      const nav = page.getByRole('navigation', { name: t('nav.label') });
      await expect(nav).toBeHidden();
      await page.locator('header summary').click();
      await nav.getByRole('link', { name: t('nav.awards') }).click();
      await expect(page).toHaveURL(new RegExp(`${lang.path('awards')}$`));
      // On a desktop the sections are in the bar, no menu to open.
      await page.setViewportSize({ width: 1280, height: 800 });
      await expect(page.locator('header summary')).toBeHidden();
      await expect(nav.getByRole('link', { name: t('nav.about') })).toBeVisible();
      await context.close();
    });
  });
}
