/**
 * A Chinese page reads in Chinese: the English words left on it, apart from proper nouns and
 * codes that are written in Latin letters in Chinese too, and text marked lang="en" on purpose
 * (an entry not yet translated, a phrase to say on the phone). The page is read as the visitor
 * sees it, with its scripts run.
 */
import type { Page } from '@playwright/test';

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
  // Apps and formats on the page about the programme in apps.
  'Giggity',
  'EventFahrplan',
  'FOSDEM',
  'Companion',
  'ConfClerk',
  'Thunderbird',
  'frab',
  'Pentabarf',
  'xCal',
  'iCalendar',
]);
/** Acronyms and codes: up to five capitals (UTC, HSK, PDF, BRT, SIM, SWIFT), single letters (Z visa, grade A). */
const CODE = /^[A-Z]{1,5}$/;

/** The Latin-letter words a reader of the page sees in text that claims to be Chinese, other than names and codes. */
export async function untranslatedWords(page: Page): Promise<string[]> {
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
        .replace(/(?:https?|webcal):\/\/\S+|\S+@\S+|[\w.-]+\.(?:ics|xml|json|xcal)\b|\bc3voc\b/g, ' ')
        .match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]/g) ?? []
    );
  });
  return words.filter((word) => !LATIN_IN_CHINESE.has(word) && !CODE.test(word));
}
