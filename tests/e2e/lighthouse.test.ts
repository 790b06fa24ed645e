/**
 * Lighthouse, mobile emulation, on the main pages in both languages: accessibility, best
 * practices and SEO at 100. The performance score is a timing and moves with the machine's
 * load, so it is not asserted here: `npm run lighthouse` reports it, with its threshold.
 */
import { findChromium } from '../../scripts/lib/browser.ts';
import { PAGES, UNTIMED_CATEGORIES, audit, belowThresholds } from '../../scripts/lighthouse.ts';
import { expect, test } from './support/test.ts';

for (const [name, path] of Object.entries(PAGES)) {
  test(`${name} (${path}) scores 100 for accessibility, best practices and SEO`, async ({ baseURL }) => {
    test.setTimeout(3 * 60_000);
    const chrome = findChromium();
    if (!chrome || !baseURL) throw new Error('the tests need a Chromium and a base URL');
    const scores = await audit(baseURL, chrome.path, UNTIMED_CATEGORIES, { [name]: path });
    expect(Object.keys(scores[name] ?? {}).sort()).toEqual([...UNTIMED_CATEGORIES, 'failing'].sort());
    expect(belowThresholds(scores)).toEqual([]);
  });
}
