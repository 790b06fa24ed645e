/** Search: from any page, lazy, accurate, keyboard- and screen-reader-friendly, and a real /search/ page, in either language. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import budgets from '../../.config/budgets.json' with { type: 'json' };
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { CHINESE, ENGLISH, LANGUAGES, type Language } from './support/languages.ts';
import { axeViolations } from './support/axe.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');
const files = (folder: string): string[] => readdirSync(resolve(CONTENT, folder)).filter((name) => name.endsWith('.mdx'));
const slugs = (folder: string): string[] =>
  files(folder).map((name) => name.replace(/\.mdx$/, '').replace(folder === 'guidance' ? /^\d+-/ : /^$/, ''));

/** The ids a field of a collection's entries names (a venue, organisers, a provider): the venues and organisers with pages. */
const namedIn = (folder: string, field: string): string[] => {
  const ids = files(folder).flatMap((name) => {
    const yaml = /^---\n([\s\S]*?)\n---/.exec(readFileSync(resolve(CONTENT, folder, name), 'utf8'))?.[1] ?? '';
    const data = parse(yaml) as Record<string, unknown>;
    const value = data.draft === true ? [] : data[field];
    return (Array.isArray(value) ? value : [value]).filter((id): id is string => typeof id === 'string');
  });
  return [...new Set(ids)];
};

/** An activity's category id, from its content file. */
const categoryOf = (fileName: string): string => {
  const yaml = /^---\n([\s\S]*?)\n---/.exec(readFileSync(resolve(CONTENT, 'activities', fileName), 'utf8'))?.[1] ?? '';
  return (parse(yaml) as { category: string }).category;
};

const FORUM = 'rare-earth-alliance-inaugural-forum.mdx';

/** The forum's details line, written out per language: date and time, then venue, separated as the language does. */
const FORUM_DETAILS: Record<Language['locale'], RegExp> = {
  en: /^Friday,? 7 July 2023, 14:00–17:00 · Xiamen Institute of Rare Earth Materials, Chinese Academy of Sciences$/,
  'zh-cn': /^2023年7月7日星期五 14:00–17:00，中国科学院厦门稀土材料研究所$/,
};

/** What each language's queries must find: the page's title as that language shows it. */
const QUERIES: Record<Language['locale'], { query: string; finds: string | RegExp }[]> = {
  en: [
    { query: 'matchmaking', finds: ENGLISH.title('activities', 'overseas-talent-project-matchmaking.mdx') },
    { query: 'housing', finds: /housing/i },
    { query: 'visa', finds: /R visa/ },
    { query: 'school', finds: /school place/i },
    { query: 'Gulangyu', finds: ENGLISH.title('activities', 'gulangyu-heritage-walk.mdx') },
    { query: 'Nankai', finds: ENGLISH.title('universities', 'nankai-university.mdx') },
    { query: 'Hai-Link', finds: /Hai-Link Business Workshop/ },
    { query: 'rare earth', finds: ENGLISH.title('activities', 'rare-earth-alliance-inaugural-forum.mdx') },
    { query: 'entrepren', finds: /Entrepreneurial Competition/ },
  ],
  'zh-cn': [
    { query: '稀土', finds: CHINESE.title('activities', 'rare-earth-alliance-inaugural-forum.mdx') },
    { query: '人才', finds: CHINESE.title('pages', 'about.mdx') },
    { query: '住房', finds: CHINESE.title('guidance', '32-high-level-talent-housing-subsidy.mdx') },
    {
      query: '签约',
      finds: new RegExp(
        files('universities')
          .map((name) => CHINESE.title('universities', name))
          .join('|'),
      ),
    },
    { query: '创业大赛', finds: CHINESE.title('activities', 'entrepreneurial-competition-final.mdx') },
    { query: '签证', finds: CHINESE.title('guidance', '02-r-visa-for-high-level-talents.mdx') },
    { query: '鼓浪屿', finds: CHINESE.title('activities', 'gulangyu-heritage-walk.mdx') },
  ],
};

/** A result's day, from "Saturday 8 July 2023, …" or "2023年7月8日星期六 …", as a number that sorts. */
function dayOf(text: string): number {
  const chinese = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
  if (chinese) return Date.UTC(Number(chinese[1]), Number(chinese[2]) - 1, Number(chinese[3]));
  const english = /(\d{1,2}) (\w+) (\d{4})/.exec(text);
  return english ? Date.parse(`${english[1] ?? ''} ${english[2] ?? ''} ${english[3] ?? ''} UTC`) : Number.NaN;
}

for (const lang of LANGUAGES) {
  test.describe(lang.tag, () => {
    const { t } = lang;
    const dialog = (page: Page) => page.getByRole('dialog', { name: t('search.title') });
    const status = (page: Page) => dialog(page).getByRole('status');
    /** Waits until the results on show are those of the latest query and filters. */
    const settled = (page: Page) => expect(dialog(page).locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false');

    async function searchFor(page: Page, query: string): Promise<void> {
      await page.goto(lang.path());
      await page.keyboard.press('Control+K');
      await dialog(page).getByRole('searchbox').fill(query);
      await settled(page);
    }

    test('the index holds exactly one result per activity, guidance item, award, university, venue and organiser, and the about page, in this language', async ({
      page,
    }) => {
      await page.goto(lang.path());
      const types = {
        activities: t('search.type.activity'),
        guidance: t('search.type.guidance'),
        awards: t('search.type.award'),
        universities: t('search.type.university'),
        venues: t('search.type.venue'),
        organisers: t('search.type.organiser'),
        pages: t('search.type.page'),
      };
      const urls = await page.evaluate(
        async ({ bundle, typeNames }) => {
          const pagefind = (await import(bundle)) as {
            options: (o: object) => Promise<void>;
            search: (q: null, o: object) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
          };
          await pagefind.options({ noWorker: true });
          const found: Record<string, string[]> = {};
          for (const [folder, type] of Object.entries(typeNames)) {
            const search = await pagefind.search(null, { filters: { type } });
            found[folder] = (await Promise.all(search.results.map((result) => result.data()))).map((data) => data.url).sort();
          }
          return found;
        },
        { bundle: '/pagefind/pagefind.js', typeNames: types },
      );
      const expected = {
        activities: slugs('activities').map((slug) => lang.path('programme', slug)),
        guidance: slugs('guidance').map((slug) => lang.path('guidance', slug)),
        awards: slugs('awards').map((slug) => lang.path('awards', slug)),
        universities: slugs('universities').map((slug) => lang.path('universities', slug)),
        venues: namedIn('activities', 'venue').map((slug) => lang.path('venues', slug)),
        organisers: [...new Set([...namedIn('activities', 'organisers'), ...namedIn('guidance', 'provider')])].map((slug) =>
          lang.path('organisers', slug),
        ),
        pages: [lang.path('about')],
      };
      for (const [folder, list] of Object.entries(expected)) expect(urls[folder], folder).toEqual(list.sort());
      expect(urls.activities).toHaveLength(30);
      expect(urls.guidance).toHaveLength(80);
    });

    test('nothing of the search library loads until search is opened, and the first search stays under 140 KB', async ({ page }) => {
      await page.goto(lang.path('programme'));
      await page.waitForLoadState('networkidle');
      const before = await page.evaluate(
        () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/pagefind/')).length,
      );
      expect(before).toBe(0);
      await page.getByRole('button', { name: t('search.open') }).click();
      const query = lang === ENGLISH ? 'rare earth' : '稀土';
      await dialog(page).getByRole('searchbox').fill(query);
      await expect(status(page)).toHaveText(lang.pattern('search.results'));
      await page.waitForLoadState('networkidle');
      const transferred = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.includes('/pagefind/'))
          .reduce((total, entry) => total + (entry as PerformanceResourceTiming).transferSize, 0),
      );
      expect(transferred).toBeGreaterThan(0);
      expect(transferred).toBeLessThanOrEqual(budgets.firstSearch);
    });

    test('Ctrl+K, Cmd+K and / open the dialog; Esc closes it and focus returns', async ({ page }) => {
      await page.goto(lang.path('guidance'));
      const trigger = page.getByRole('button', { name: t('search.open') });
      await trigger.focus();
      await page.keyboard.press('/');
      await expect(dialog(page)).toBeVisible();
      await expect(dialog(page).getByRole('searchbox')).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(dialog(page)).toBeHidden();
      await expect(trigger).toBeFocused();
      await page.keyboard.press('Meta+K');
      await expect(dialog(page)).toBeVisible();
      await page.getByRole('button', { name: t('search.close') }).click();
      await expect(dialog(page)).toBeHidden();
      await page.keyboard.press('Control+K');
      await expect(dialog(page)).toBeVisible();
    });

    test('"/" typed into a field is just a character', async ({ page }) => {
      await page.goto(lang.path('search'));
      const field = page.getByRole('main').getByRole('searchbox');
      await field.fill('a');
      await field.press('/');
      await expect(field).toHaveValue('a/');
      await expect(dialog(page)).toBeHidden();
    });

    for (const { query, finds } of QUERIES[lang.locale]) {
      test(`"${query}" finds what it should`, async ({ page }) => {
        await searchFor(page, query);
        const results = dialog(page).getByRole('listitem');
        await expect(results.first()).toBeVisible();
        await expect(dialog(page).getByRole('link', { name: finds }).first()).toBeVisible();
        // Every result is a page in this language.
        for (const href of await results.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
          expect(href.startsWith(lang.path()), href).toBe(true);
          if (lang === ENGLISH) expect(href.startsWith(CHINESE.path()), href).toBe(false);
        }
      });
    }

    test('results show their type, the matched words highlighted, and an activity’s date and venue', async ({ page }) => {
      await searchFor(page, 'Hai-Link');
      const result = dialog(page)
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: lang.title('activities', 'hai-link-business-workshop-first-session.mdx') }) });
      await expect(
        result.getByText(t('search.kind', { type: t('search.type.activity'), category: t('category.project-cooperation') })),
      ).toBeVisible();
      await expect(result.locator('mark').first()).toBeVisible();
      await expect(result.getByText(lang === ENGLISH ? /8 July 2023.*Torch/ : /2023年7月8日.*火炬/)).toBeVisible();
    });

    test('the count is announced and an unmatched query offers a way forward', async ({ page }) => {
      await searchFor(page, 'xyzzyplugh');
      await expect(status(page)).toHaveText(t('search.noResults', { query: 'xyzzyplugh' }));
      await expect(dialog(page).getByText(lang.pattern('search.emptyHelp'))).toBeVisible();
      await expect(dialog(page).getByRole('link', { name: t('nav.guidance') })).toBeVisible();
    });

    test('filters by type and sorts activities by date', async ({ page }) => {
      await searchFor(page, lang === ENGLISH ? 'competition' : '创业');
      await dialog(page).getByLabel(t('search.sort')).selectOption('date');
      await settled(page);
      const days = (await dialog(page).locator('.when').allInnerTexts()).map(dayOf);
      expect(days.length).toBeGreaterThan(1);
      expect(days.every((day) => !Number.isNaN(day))).toBe(true);
      expect([...days].sort((a, b) => a - b)).toEqual(days);
      await dialog(page).getByLabel(t('search.sort')).selectOption('');
      await dialog(page).getByLabel(t('search.filterType')).selectOption(t('search.type.guidance'));
      await settled(page);
      const types = await dialog(page).locator('.type').allTextContents();
      expect(types.length).toBeGreaterThan(0);
      expect(types.every((type) => type.startsWith(t('search.type.guidance')))).toBe(true);
    });

    test('/search/?q= works as a link and keeps the query in the address', async ({ page }) => {
      const [first, second] = lang === ENGLISH ? ['visa', 'housing'] : ['签证', '住房'];
      await page.goto(`${lang.path('search')}?q=${encodeURIComponent(first)}`);
      const main = page.getByRole('main');
      await expect(main.getByRole('searchbox')).toHaveValue(first);
      await expect(main.getByRole('status')).toHaveText(lang.pattern('search.results'));
      await main.getByRole('searchbox').fill(second);
      await expect(page).toHaveURL(new RegExp(`${lang.path('search')}\\?q=${encodeURIComponent(second)}$`));
    });

    test('without JavaScript the search page shows no form or shortcut that cannot work, says where to look instead, and keeps ?q=', async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${lang.path('search')}?q=visa`);
      await expect(page.getByText(lang.pattern('search.needsJavaScript'))).toBeVisible();
      const main = page.getByRole('main');
      await expect(main.getByRole('link', { name: t('nav.programme'), exact: true })).toBeVisible();
      await expect(main.getByRole('link', { name: t('nav.guidance'), exact: true })).toBeVisible();
      await expect(main.getByRole('searchbox')).toHaveCount(0);
      await expect(main.getByRole('button', { name: t('search.submit') })).toHaveCount(0);
      await expect(main.getByText(t('search.shortcut'))).toBeHidden();
      expect(new URL(page.url()).searchParams.get('q')).toBe('visa');
      await context.close();
    });

    test('browsers can find the OpenSearch description, which searches in this language', async ({ page, request }) => {
      await page.goto(lang.path());
      const href = await page.locator('link[rel="search"]').getAttribute('href');
      expect(href).toBe(lang.file('opensearch.xml'));
      const xml = await (await request.get(href ?? '')).text();
      expect(xml).toContain('template="https://');
      expect(xml).toContain(`${lang.path('search')}?q={searchTerms}`);
      expect(xml).toContain(`<Language>${lang.tag}</Language>`);
    });

    test('↓ and ↑ move focus through the results from the search box, Home and End jump, typing goes on in the box, Enter opens', async ({
      page,
    }) => {
      await searchFor(page, lang === ENGLISH ? 'competition' : '创业');
      const box = dialog(page).getByRole('searchbox');
      const links = dialog(page).getByRole('listitem').getByRole('link');
      const count = await links.count();
      expect(count).toBeGreaterThan(2);
      await box.press('ArrowDown');
      await expect(links.nth(0)).toBeFocused();
      // The link is read with what kind of result it is.
      const kind = await dialog(page).locator('[data-search-results] .type').first().textContent();
      await expect(links.nth(0)).toHaveAccessibleDescription(new RegExp(`^${kind ?? ''}`));
      await page.keyboard.press('ArrowDown');
      await expect(links.nth(1)).toBeFocused();
      await page.keyboard.press('End');
      await expect(links.nth(count - 1)).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(links.nth(count - 1)).toBeFocused();
      await page.keyboard.press('Home');
      await expect(links.nth(0)).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(box).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(links.nth(count - 1)).toBeFocused();
      // Typing from a result goes on in the query box.
      const before = await box.inputValue();
      await page.keyboard.type('s');
      await expect(box).toBeFocused();
      await expect(box).toHaveValue(`${before}s`);
      await page.keyboard.press('Backspace');
      await expect(box).toHaveValue(before);
      await settled(page);
      await box.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const href = await links.nth(1).getAttribute('href');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(href ?? '');
    });

    test('the arrow keys work the same on the search page', async ({ page }) => {
      await page.goto(`${lang.path('search')}?q=${encodeURIComponent(lang === ENGLISH ? 'visa' : '签证')}`);
      const main = page.getByRole('main');
      await expect(main.getByRole('status')).toHaveText(lang.pattern('search.results'));
      const links = main.getByRole('listitem').getByRole('link');
      await main.getByRole('searchbox').press('ArrowDown');
      await expect(links.first()).toBeFocused();
      await page.keyboard.press('End');
      await expect(links.last()).toBeFocused();
      // "/" on a result is typed into the box, it does not open the dialog.
      await page.keyboard.press('/');
      await expect(main.getByRole('searchbox')).toBeFocused();
      await expect(dialog(page)).toBeHidden();
    });

    test('"xqzzv blorf" finds nothing: pagefind’s stand-in "b" for "blorf" does not count as a match', async ({ page }) => {
      await searchFor(page, 'xqzzv blorf');
      await expect(status(page)).toHaveText(t('search.noResults', { query: 'xqzzv blorf' }));
      await expect(dialog(page).locator('[data-search-results]').getByRole('link')).toHaveCount(0);
      await expect(dialog(page).getByText(lang.pattern('search.unmatched'))).toHaveText(/xqzzv.+blorf/);
      await expect(dialog(page).getByText(lang.pattern('search.emptyHelp'))).toBeVisible();
    });

    test('a query with one word that matches nothing names it and offers to search without it', async ({ page }) => {
      const [good, query] = lang === ENGLISH ? ['rare', 'rare eatrh'] : ['稀土', '稀土 eatrh'];
      await searchFor(page, query);
      await expect(status(page)).toHaveText(t('search.noResults', { query }));
      await expect(dialog(page).getByText(t('search.unmatched', { words: t('search.quoted', { word: 'eatrh' }) }))).toBeVisible();
      await dialog(page)
        .getByRole('button', { name: t('search.searchInstead', { query: good }) })
        .click();
      await settled(page);
      await expect(dialog(page).getByRole('searchbox')).toHaveValue(good);
      await expect(dialog(page).getByRole('link', { name: lang.title('activities', FORUM) })).toBeVisible();
    });

    test('a slip at the end of a word still finds its pages, and prefixes match while typing', async ({ page }) => {
      const queries =
        lang === ENGLISH
          ? [
              { query: 'rare earthh', finds: lang.title('activities', FORUM) },
              { query: 'rare ear', finds: lang.title('activities', FORUM) },
            ]
          : [
              { query: 'Hai-Linkk', finds: lang.title('activities', 'hai-link-business-workshop-first-session.mdx') },
              { query: '鼓浪', finds: lang.title('activities', 'gulangyu-heritage-walk.mdx') },
            ];
      for (const { query, finds } of queries) {
        await searchFor(page, query);
        await expect(status(page)).toHaveText(lang.pattern('search.results'));
        await expect(dialog(page).getByRole('link', { name: finds })).toBeVisible();
      }
    });

    test('a result’s details are separated as the language does, its excerpt is tidy, and it wears its category’s colour', async ({
      page,
    }) => {
      await searchFor(page, lang === ENGLISH ? 'rare earth' : '稀土');
      const forum = dialog(page)
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: lang.title('activities', FORUM) }) });
      await expect(forum.locator('.when')).toHaveText(FORUM_DETAILS[lang.locale]);
      await expect(forum).toHaveAttribute('data-category', categoryOf(FORUM));
      const guidance = dialog(page)
        .getByRole('listitem')
        .filter({ has: page.locator('.type', { hasText: new RegExp(`^${t('search.type.guidance')}`) }) })
        .first();
      await expect(guidance).not.toHaveAttribute('data-category');
      const colour = (item: typeof forum) => item.evaluate((element) => getComputedStyle(element).borderInlineStartColor);
      expect(await colour(forum)).not.toBe(await colour(guidance));
      // Pagefind ends every block with ". ", and its excerpts may open on the block before.
      await searchFor(page, lang === ENGLISH ? 'housing' : '住房');
      const excerpts = await dialog(page).locator('.excerpt').allTextContents();
      expect(excerpts.length).toBeGreaterThan(2);
      for (const excerpt of excerpts) {
        expect(excerpt).not.toMatch(/^(?:项|\d+)[.。]/);
        if (lang === CHINESE) expect(excerpt).not.toMatch(/\p{Script=Han}\. /u);
      }
    });

    test('the search page fits a 320 px screen, filters included', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`${lang.path('search')}?q=${encodeURIComponent(lang === ENGLISH ? 'visa' : '签证')}`);
      await expect(page.getByRole('main').getByLabel(t('search.filterCategory'))).toBeVisible();
      await expect(page.getByRole('main').getByRole('status')).toHaveText(lang.pattern('search.results'));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`the open dialog with results has no axe violations (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await searchFor(page, lang === ENGLISH ? 'housing' : '住房');
        expect(await axeViolations(page, 'search dialog')).toEqual([]);
      });
    }
  });
}
