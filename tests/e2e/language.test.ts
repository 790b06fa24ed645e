/**
 * The check that every Chinese page reads in Chinese (run over every page by
 * tests/e2e/every-page.test.ts) finds English where it is left, and lets marked English, names
 * and codes pass.
 */
import { expect, test } from './support/test.ts';
import { CHINESE } from './support/languages.ts';
import { untranslatedWords } from './support/untranslated.ts';

test('the check finds English left on a Chinese page, and lets marked English and codes pass', async ({ page }) => {
  await page.goto(CHINESE.path('programme', 'opening-ceremony'));
  expect(await untranslatedWords(page)).toEqual([]);
  await page.evaluate(() => {
    const main = document.querySelector('main');
    main?.insertAdjacentHTML('beforeend', '<p>Register by Friday</p><p lang="en">Marked as English</p><p>Z字签证 UTC+8</p>');
  });
  expect(await untranslatedWords(page)).toEqual(['Register', 'by', 'Friday']);
});
