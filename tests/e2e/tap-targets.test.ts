/**
 * Tap targets on a phone: every control, and every link that is not inside a sentence, is at
 * least 24×24 CSS px (WCAG 2.2, 2.5.8), on a few representative pages in both languages. Links
 * in the running text of an entry's body are exempt, as the criterion exempts links in a sentence.
 * The page's own content and footer are measured; the site header is left to its own tests.
 */
import { expect, test } from './support/test.ts';
import { LANGUAGES } from './support/languages.ts';

const MINIMUM = 24;

test.use({ viewport: { width: 390, height: 844 } });

for (const lang of LANGUAGES) {
  test.describe(lang.tag, () => {
    for (const segments of [
      ['programme', 'opening-ceremony'],
      ['programme', 'online-policy-briefing-for-overseas-students'],
      ['guidance', 'foreigner-work-permit'],
      ['guidance', 'city-service-hotline'],
      ['programme', '2023-07-06'],
    ]) {
      const path = lang.path(...segments);

      test(`every link and control on ${path} is at least 24×24 px`, async ({ page }) => {
        await page.goto(path);
        const targets = await page
          .locator('a[href], button, summary, select, input:not([type="hidden"]), [role="button"]')
          .evaluateAll((elements) =>
            elements
              // Only what is drawn: not in a closed dialog or menu, not hidden.
              .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden')
              // Links in the running text of the entry's body are part of a sentence.
              .filter((element) => !element.closest('.body p, .body li'))
              // The site header is measured with its own design (its menu, search and language switch).
              .filter((element) => !element.closest('.site-header'))
              .map((element) => {
                const box = element.getBoundingClientRect();
                const name = (element.getAttribute('aria-label') ?? element.textContent).trim().replace(/\s+/g, ' ');
                return { name: `<${element.tagName.toLowerCase()}> ${name.slice(0, 40)}`, width: box.width, height: box.height };
              }),
          );
        expect(targets.length).toBeGreaterThan(5);
        const small = targets
          .filter(({ width, height }) => width < MINIMUM - 0.5 || height < MINIMUM - 0.5)
          .map(({ name, width, height }) => `${name}: ${width.toFixed(1)}×${height.toFixed(1)}`);
        expect(small).toEqual([]);
      });
    }
  });
}
