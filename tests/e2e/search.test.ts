/** Search: from any page, lazy, accurate, keyboard- and screen-reader-friendly, and a real /search/ page, in either language. */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import budgets from '../../.config/budgets.json' with { type: 'json' };
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { CHINESE, ENGLISH, LANGUAGES, type Language } from './support/languages.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');
const files = (folder: string): string[] => readdirSync(resolve(CONTENT, folder)).filter((name) => name.endsWith('.mdx'));
const slugs = (folder: string): string[] =>
  files(folder).map((name) => name.replace(/\.mdx$/, '').replace(folder === 'guidance' ? /^\d+-/ : /^$/, ''));

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

    test('the index holds exactly one result per activity, guidance item, award and university, and the about page, in this language', async ({
      page,
    }) => {
      await page.goto(lang.path());
      const types = {
        activities: t('search.type.activity'),
        guidance: t('search.type.guidance'),
        awards: t('search.type.award'),
        universities: t('search.type.university'),
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
        pages: [lang.path('about')],
      };
      for (const [folder, list] of Object.entries(expected)) expect(urls[folder], folder).toEqual(list.sort());
      expect(urls.activities).toHaveLength(30);
      expect(urls.guidance).toHaveLength(80);
    });

    test('nothing of the search library loads until search is opened, and the first search stays under 150 KB', async ({ page }) => {
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
      await expect(result.getByText(t('search.type.activity'), { exact: true })).toBeVisible();
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
      await expect(dialog(page).getByRole('listitem').getByText(t('search.type.guidance'), { exact: true }).first()).toBeVisible();
      await expect(dialog(page).getByRole('listitem').getByText(t('search.type.activity'), { exact: true })).toHaveCount(0);
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

    test('without JavaScript the search page says why and links the main sections', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${lang.path('search')}?q=visa`);
      await expect(page.getByText(lang.pattern('search.needsJavaScript'))).toBeVisible();
      await expect(page.getByRole('main').getByRole('link', { name: t('nav.programme'), exact: true })).toBeVisible();
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

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`the open dialog with results has no axe violations (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await searchFor(page, lang === ENGLISH ? 'housing' : '住房');
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(
          results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
        ).toEqual([]);
      });
    }
  });
}
