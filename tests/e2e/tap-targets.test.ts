/**
 * Tap targets on a phone: every control, and every link that is not a word in a sentence, is at
 * least 24×24 CSS px (WCAG 2.2, 2.5.8), in both languages: the header (menu open), the footer and
 * the home page, and the content of a few representative pages. Links in running text (a
 * paragraph, or a list item of an entry's body, with more words than the link) are exempt, as the criterion exempts them.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { LANGUAGES } from './support/languages.ts';

/** Drawn targets in a region smaller than 24×24, as "name: width×height", and how many were measured. */
async function smallTargets(region: Locator): Promise<{ measured: number; small: string[] }> {
  return region.locator('a[href], button, summary, select, input:not([type="hidden"]), [role="button"]').evaluateAll((elements) => {
    const drawn = elements
      // Only what is drawn: not in a closed dialog or menu, not hidden.
      .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden')
      .filter((element) => {
        // A paragraph, or a list item of an entry's body, is running text; other list items are menus and lists of links.
        const block = element.closest('p, .body li');
        const inSentence = element.tagName === 'A' && block !== null && block.textContent.trim() !== element.textContent.trim();
        return !inSentence;
      });
    const small = drawn
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 23.5 || box.height < 23.5)
      .map(({ element, box }) => {
        const name = (element.getAttribute('aria-label') ?? element.textContent).trim().replace(/\s+/g, ' ').slice(0, 40);
        return `<${element.tagName.toLowerCase()}> ${name}: ${box.width.toFixed(1)}×${box.height.toFixed(1)}`;
      });
    return { measured: drawn.length, small };
  });
}

test.use({ viewport: { width: 390, height: 844 } });

for (const lang of LANGUAGES) {
  test.describe(lang.tag, () => {
    test('the header, the footer and the home page have no target under 24×24', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2023-07-07T10:00:00+08:00'));
      await page.goto(lang.path());
      await page.locator('header summary').click();
      expect((await smallTargets(page.getByRole('banner'))).small).toEqual([]);
      await page.keyboard.press('Escape');
      expect((await smallTargets(page.getByRole('main'))).small).toEqual([]);
      expect((await smallTargets(page.getByRole('contentinfo'))).small).toEqual([]);
    });

    for (const segments of [
      ['programme', 'opening-ceremony'],
      ['programme', 'online-policy-briefing-for-overseas-students'],
      ['guidance', 'foreigner-work-permit'],
      ['guidance', 'city-service-hotline'],
      ['programme', '2023-07-06'],
    ]) {
      const path = lang.path(...segments);

      test(`every link and control in the content of ${path} is at least 24×24 px`, async ({ page }) => {
        await page.goto(path);
        const { measured, small } = await smallTargets(page.getByRole('main'));
        expect(measured).toBeGreaterThan(2);
        expect(small).toEqual([]);
      });
    }
  });
}
