/**
 * Lighthouse, mobile emulation, on the main pages in both languages: performance at least 98,
 * accessibility, best practices and SEO at 100. It runs after every other end-to-end test (its
 * own Playwright project), alone on the machine, since its performance model reads the page's
 * own work. `npm run lighthouse` prints the same scores as a table.
 */
import { findChromium } from '../../scripts/lib/browser.ts';
import { PAGES, audit, belowThresholds } from '../../scripts/lighthouse.ts';
import { expect, test } from './support/test.ts';

test('the main pages meet the Lighthouse thresholds', async ({ baseURL }) => {
  test.setTimeout(10 * 60_000);
  const chrome = findChromium();
  if (!chrome || !baseURL) throw new Error('the tests need a Chromium and a base URL');
  const scores = await audit(baseURL, chrome.path);
  expect(Object.keys(scores)).toEqual(Object.keys(PAGES));
  expect(belowThresholds(scores)).toEqual([]);
});
