/** Search: from any page, lazy, accurate, keyboard- and screen-reader-friendly, and a real /search/ page. */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const CONTENT = resolve(import.meta.dirname, '../../content');
const slugs = (folder: string): string[] =>
  readdirSync(resolve(CONTENT, folder))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.replace(/\.mdx$/, '').replace(folder === 'guidance' ? /^\d+-/ : /^$/, ''));

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
const status = (page: Page) => dialog(page).getByRole('status');
/** Waits until the results on show are those of the latest query and filters. */
const settled = (page: Page) => expect(dialog(page).locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false');

async function searchFor(page: Page, query: string): Promise<void> {
  await page.goto('/');
  await page.keyboard.press('Control+K');
  await dialog(page).getByRole('searchbox').fill(query);
  await settled(page);
}

test('the index holds exactly one result per activity, guidance item, award and university, and the about page', async ({ page }) => {
  await page.goto('/');
  const urls = await page.evaluate(async (bundle) => {
    const pagefind = (await import(bundle)) as {
      options: (o: object) => Promise<void>;
      search: (q: null, o: object) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
    };
    await pagefind.options({ noWorker: true });
    const found: Record<string, string[]> = {};
    for (const type of ['Activity', 'Guidance', 'Award', 'University', 'Page']) {
      const search = await pagefind.search(null, { filters: { type } });
      found[type] = (await Promise.all(search.results.map((result) => result.data()))).map((data) => data.url).sort();
    }
    return found;
  }, '/pagefind/pagefind.js');
  const expected = {
    Activity: slugs('activities').map((slug) => `/programme/${slug}/`),
    Guidance: slugs('guidance').map((slug) => `/guidance/${slug}/`),
    Award: slugs('awards').map((slug) => `/awards/${slug}/`),
    University: slugs('universities').map((slug) => `/universities/${slug}/`),
    Page: ['/about/'],
  };
  for (const [type, list] of Object.entries(expected)) expect(urls[type], type).toEqual(list.sort());
  expect(urls.Activity).toHaveLength(30);
  expect(urls.Guidance).toHaveLength(80);
});

test('nothing of the search library loads until search is opened, and the first search stays under 150 KB', async ({ page }) => {
  await page.goto('/programme/');
  await page.waitForLoadState('networkidle');
  const before = await page.evaluate(
    () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/pagefind/')).length,
  );
  expect(before).toBe(0);
  await page.getByRole('button', { name: /Search/ }).click();
  await dialog(page).getByRole('searchbox').fill('rare earth');
  await expect(status(page)).toHaveText(/results? for “rare earth”/);
  await page.waitForLoadState('networkidle');
  const transferred = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/pagefind/'))
      .reduce((total, entry) => total + (entry as PerformanceResourceTiming).transferSize, 0),
  );
  expect(transferred).toBeGreaterThan(0);
  expect(transferred).toBeLessThanOrEqual(150 * 1024);
});

test('Ctrl+K, Cmd+K and / open the dialog; Esc closes it and focus returns', async ({ page }) => {
  await page.goto('/guidance/');
  const trigger = page.getByRole('button', { name: /Search/ });
  await trigger.focus();
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(trigger).toBeFocused();
  await page.keyboard.press('Meta+K');
  await expect(dialog(page)).toBeVisible();
  await page.getByRole('button', { name: 'Close search' }).click();
  await expect(dialog(page)).toBeHidden();
  await page.keyboard.press('Control+K');
  await expect(dialog(page)).toBeVisible();
});

test('"/" typed into a field is just a character', async ({ page }) => {
  await page.goto('/search/');
  const field = page.getByRole('main').getByRole('searchbox');
  await field.fill('a');
  await field.press('/');
  await expect(field).toHaveValue('a/');
  await expect(dialog(page)).toBeHidden();
});

const queries: { query: string; finds: RegExp }[] = [
  { query: 'matchmaking', finds: /Overseas Talent Project Matchmaking Day/ },
  { query: 'housing', finds: /housing/i },
  { query: 'visa', finds: /R visa/ },
  { query: 'school', finds: /school place/i },
  { query: 'Gulangyu', finds: /Gulangyu Heritage Walk/ },
  { query: 'Nankai', finds: /Nankai University/ },
  { query: 'Hai-Link', finds: /Hai-Link Business Workshop/ },
  { query: 'rare earth', finds: /Rare Earth Industry Alliance/ },
  { query: 'entrepren', finds: /Entrepreneurial Competition/ },
];

for (const { query, finds } of queries) {
  test(`"${query}" finds what it should`, async ({ page }) => {
    await searchFor(page, query);
    const results = dialog(page).getByRole('listitem');
    await expect(results.first()).toBeVisible();
    await expect(dialog(page).getByRole('link', { name: finds }).first()).toBeVisible();
  });
}

test('results show their type, the matched words highlighted, and an activity’s date and venue', async ({ page }) => {
  await searchFor(page, 'Hai-Link');
  const result = dialog(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: /Hai-Link Business Workshop – First Session/ }) });
  await expect(result.getByText('Activity', { exact: true })).toBeVisible();
  await expect(result.locator('mark').first()).toBeVisible();
  await expect(result.getByText(/8 July 2023.*Torch/)).toBeVisible();
});

test('the count is announced and an unmatched query offers a way forward', async ({ page }) => {
  await searchFor(page, 'xyzzyplugh');
  await expect(status(page)).toHaveText('No results for “xyzzyplugh”');
  await expect(dialog(page).getByText(/Try fewer or different words/)).toBeVisible();
  await expect(dialog(page).getByRole('link', { name: 'Guidance' })).toBeVisible();
});

test('filters by type and sorts activities by date', async ({ page }) => {
  await searchFor(page, 'competition');
  await dialog(page).getByLabel('Sort').selectOption('date');
  await settled(page);
  const when = await dialog(page).locator('.when').allInnerTexts();
  const days = when.map((text) => Date.parse(text.replace(/^\w+,? /, '').split(',')[0] ?? ''));
  expect(days.length).toBeGreaterThan(1);
  expect([...days].sort((a, b) => a - b)).toEqual(days);
  await dialog(page).getByLabel('Sort').selectOption('');
  await dialog(page).getByLabel('Type').selectOption('Guidance');
  await settled(page);
  await expect(dialog(page).getByRole('listitem').getByText('Guidance', { exact: true }).first()).toBeVisible();
  await expect(dialog(page).getByRole('listitem').getByText('Activity', { exact: true })).toHaveCount(0);
});

test('/search/?q= works as a link and keeps the query in the address', async ({ page }) => {
  await page.goto('/search/?q=visa');
  const main = page.getByRole('main');
  await expect(main.getByRole('searchbox')).toHaveValue('visa');
  await expect(main.getByRole('status')).toHaveText(/results? for “visa”/);
  await main.getByRole('searchbox').fill('housing');
  await expect(page).toHaveURL(/\/search\/\?q=housing$/);
});

test('without JavaScript the search page says why and links the main sections', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=visa');
  await expect(page.getByText(/needs JavaScript/)).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Programme', exact: true })).toBeVisible();
  await context.close();
});

test('browsers can find the OpenSearch description', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="search"]').getAttribute('href');
  const xml = await (await request.get(href ?? '')).text();
  expect(xml).toContain('template="https://');
  expect(xml).toContain('/search/?q={searchTerms}');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the open dialog with results has no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await searchFor(page, 'housing');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(
      results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}
