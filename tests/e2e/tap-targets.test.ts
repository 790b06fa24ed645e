/**
 * Every control and every link that is not a word in a sentence is at least 24×24 CSS px on a
 * phone (WCAG 2.2, 2.5.8), in the header (menu open), the footer and the home page.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { LANGUAGES } from './support/languages.ts';

/** Targets smaller than 24×24, leaving out links inside running text (a paragraph with more words than the link). */
async function smallTargets(region: Locator): Promise<string[]> {
  return region.locator('a, button, summary, select, input').evaluateAll((elements) =>
    elements
      .filter((element) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) return false;
        const block = element.closest('p');
        const inSentence = element.tagName === 'A' && block !== null && block.textContent.trim() !== element.textContent.trim();
        return !inSentence && (box.width < 24 || box.height < 24);
      })
      .map((element) => {
        const box = element.getBoundingClientRect();
        return `${element.textContent.trim()}: ${String(Math.round(box.width))}×${String(Math.round(box.height))}`;
      }),
  );
}

for (const lang of LANGUAGES) {
  test(`${lang.tag}: at 390 px the header, the footer and the home page have no target under 24×24`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.clock.setFixedTime(new Date('2023-07-07T10:00:00+08:00'));
    await page.goto(lang.path());
    await page.locator('header summary').click();
    expect(await smallTargets(page.getByRole('banner'))).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await smallTargets(page.getByRole('main'))).toEqual([]);
    expect(await smallTargets(page.getByRole('contentinfo'))).toEqual([]);
  });
}
