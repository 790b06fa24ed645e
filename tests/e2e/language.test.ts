/**
 * A Chinese page reads in Chinese: no English words left on it, apart from proper nouns and codes
 * that are written in Latin letters in Chinese too, and text marked lang="en" on purpose (an
 * entry not yet translated, a phrase to say on the phone). Every page in the sitemap is read as
 * the visitor sees it, with its scripts run.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { CHINESE } from './support/languages.ts';
import { sitemapPaths } from './support/sitemap.ts';

/** Names and codes a Chinese reader sees in Latin letters: brands, products, file formats, keys. */
const LATIN_IN_CHINESE = new Set([
  'Hai-Link',
  'Google',
  'Outlook',
  'App',
  'JavaScript',
  'Ctrl',
  'Visa',
  'Mastercard',
  'ics',
  'Atom',
  'Esc',
]);
/** Acronyms and codes: up to five capitals (UTC, HSK, PDF, BRT, SIM, SWIFT), single letters (Z visa, grade A). */
const CODE = /^[A-Z]{1,5}$/;

/** The Latin-letter words a reader of the page sees in text that claims to be Chinese, other than names and codes. */
async function untranslatedWords(page: Page): Promise<string[]> {
  const words = await page.evaluate(() => {
    const text: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template')) continue;
      // Text in English on purpose says so with its own lang; the page's is Chinese.
      if (!parent.closest('[lang]')?.getAttribute('lang')?.startsWith('zh')) continue;
      // Seen, or heard by a screen reader.
      if (!parent.checkVisibility() && !parent.closest('.visually-hidden')) continue;
      text.push(node.textContent ?? '');
    }
    return (
      text
        .join(' ')
        // Addresses, e-mails and file names are codes too.
        .replace(/https?:\/\/\S+|\S+@\S+|[\w.-]+\.(?:ics|xml|json)\b/g, ' ')
        .match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]/g) ?? []
    );
  });
  return words.filter((word) => !LATIN_IN_CHINESE.has(word) && !CODE.test(word));
}

const SHARDS = 3;

for (let shard = 0; shard < SHARDS; shard += 1) {
  test(`Chinese pages show no untranslated English (part ${String(shard + 1)} of ${String(SHARDS)})`, async ({ page, request }) => {
    test.setTimeout(5 * 60_000);
    const chinese = (await sitemapPaths(request)).filter((path) => path.startsWith(CHINESE.path()));
    expect(chinese.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const path of chinese.filter((_, index) => index % SHARDS === shard)) {
      await page.goto(path);
      found.push(...(await untranslatedWords(page)).map((word) => `${path}: ${word}`));
    }
    expect([...new Set(found)]).toEqual([]);
  });
}

test('the check finds English left on a Chinese page, and lets marked English and codes pass', async ({ page }) => {
  await page.goto(CHINESE.path('programme', 'opening-ceremony'));
  expect(await untranslatedWords(page)).toEqual([]);
  await page.evaluate(() => {
    const main = document.querySelector('main');
    main?.insertAdjacentHTML('beforeend', '<p>Register by Friday</p><p lang="en">Marked as English</p><p>Z字签证 UTC+8</p>');
  });
  expect(await untranslatedWords(page)).toEqual(['Register', 'by', 'Friday']);
});
