/** Venue and organiser pages: reaching them, the taxi card, map links, access facts, activities and calendar files, in either language. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from './support/test.ts';
import { LANGUAGES } from './support/languages.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');
/** A venue's name and address as the Chinese translation gives them: what a taxi driver reads. */
const inChinese = (slug: string) => parse(readFileSync(resolve(CONTENT, 'venues/zh-cn', `${slug}.yaml`), 'utf8')) as Record<string, string>;

for (const lang of LANGUAGES) {
  test.describe(lang.tag, () => {
    const { t } = lang;

    test('an activity links to its venue, whose page lists the activity with a calendar file of the venue', async ({ page }) => {
      await page.goto(lang.path('programme', 'opening-ceremony'));
      const venueName = lang.title('venues', 'xiamen-international-conference-center.yaml');
      await page.getByRole('main').getByRole('link', { name: venueName, exact: true }).click();
      await expect(page).toHaveURL(lang.path('venues', 'xiamen-international-conference-center'));
      await expect(page.getByRole('heading', { level: 1, name: venueName })).toBeVisible();
      const activities = page.getByRole('region', { name: t('venue.activities') });
      await expect(activities.getByRole('link', { name: lang.title('activities', 'opening-ceremony.mdx') })).toBeVisible();
      // The built site is after the festival: every activity there is marked as over.
      await expect(activities.getByText(t('activity.ended'), { exact: true }).first()).toBeVisible();
      const download = activities.getByRole('link', { name: t('venue.download') });
      await expect(download).toHaveAttribute('href', lang.file('venues', 'xiamen-international-conference-center.ics'));
      const response = await page.request.get(lang.file('venues', 'xiamen-international-conference-center.ics'));
      expect(response.headers()['content-type']).toContain('text/calendar');
      const ics = await response.text();
      expect(ics).toContain('UID:opening-ceremony@');
      // Only that venue's activities: the job fair is elsewhere.
      expect(ics).not.toContain('UID:international-talent-job-fair@');
    });

    test('a venue page shows the taxi card in Chinese, large, and copies it', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(lang.path('venues', 'xiamen-international-conference-center'));
      const card = page.getByRole('region', { name: t('taxi.heading') });
      const { name, address } = inChinese('xiamen-international-conference-center');
      const text = card.locator('[lang="zh-CN"]');
      await expect(text).toContainText(name ?? '');
      await expect(text).toContainText(address ?? '');
      // Large enough to read from the driver's seat.
      const size = await text.getByText(name ?? '').evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
      expect(size).toBeGreaterThanOrEqual(28);
      await card.getByRole('button', { name: t('taxi.copy') }).click();
      await expect(card.getByRole('status')).toHaveText(t('taxi.copied'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${name ?? ''}\n${address ?? ''}`);
    });

    test('without JavaScript the taxi card is there and no copy button pretends to work', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(lang.path('venues', 'gulangyu-piano-museum'));
      const card = page.getByRole('region', { name: t('taxi.heading') });
      await expect(card.locator('[lang="zh-CN"]')).toContainText(inChinese('gulangyu-piano-museum').name ?? '');
      await expect(card.getByRole('button')).toHaveCount(0);
      await context.close();
    });

    test('a venue page offers the map apps that work in China, each at the venue', async ({ page }) => {
      await page.goto(lang.path('venues', 'gulangyu-piano-museum'));
      const main = page.getByRole('main');
      await expect(main.getByRole('link', { name: t('map.amap') })).toHaveAttribute(
        'href',
        /^https:\/\/uri\.amap\.com\/marker\?position=118\.\d+,24\.\d+/,
      );
      await expect(main.getByRole('link', { name: t('map.baidu') })).toHaveAttribute(
        'href',
        /^https:\/\/api\.map\.baidu\.com\/marker\?location=24\.\d+,118\.\d+/,
      );
      await expect(main.getByRole('link', { name: t('map.device') })).toHaveAttribute('href', /^geo:24\.\d+,118\.\d+/);
      // How to get there: Gulangyu is reached by ferry.
      await expect(main.getByText(t('venue.ferry'), { exact: true })).toBeVisible();
    });

    test('a venue page answers every accessibility question, "not known" included', async ({ page }) => {
      await page.goto(lang.path('venues', 'xiamen-library'));
      const access = page.getByRole('region', { name: t('access.heading') });
      for (const feature of ['stepFreeEntrance', 'accessibleToilet', 'hearingLoop', 'seating', 'quietRoom'] as const) {
        await expect(access.getByText(t(`access.${feature}`), { exact: true })).toBeVisible();
      }
      const answers = await access.locator('dd[data-answer]').allTextContents();
      expect(answers).toHaveLength(5);
      for (const answer of answers) expect([t('access.yes'), t('access.no'), t('access.unknown')]).toContain(answer.trim());
    });

    test('the venues page lists every venue in use by district, and the menu and the footer lead there', async ({ page }) => {
      await page.goto(lang.path());
      const nav = page.getByRole('navigation', { name: t('nav.label') });
      await expect(nav.getByRole('link', { name: t('nav.venues'), exact: true })).toHaveAttribute('href', lang.path('venues'));
      const footer = page.getByRole('contentinfo');
      await expect(footer.getByRole('link', { name: t('nav.venues'), exact: true })).toHaveAttribute('href', lang.path('venues'));
      await expect(footer.getByRole('link', { name: t('nav.organisers'), exact: true })).toHaveAttribute('href', lang.path('organisers'));
      await page.goto(lang.path('venues'));
      await expect(page.getByRole('heading', { level: 1, name: t('venues.title') })).toBeVisible();
      await expect(
        page.getByRole('heading', { level: 2, name: t('venues.byDistrict', { district: t('district.xiangan') }) }),
      ).toBeVisible();
      await page.getByRole('link', { name: lang.title('venues', 'gulangyu-piano-museum.yaml'), exact: true }).click();
      await expect(page).toHaveURL(lang.path('venues', 'gulangyu-piano-museum'));
    });

    test('the festival map names every venue and leads to it, by keyboard too', async ({ page }) => {
      await page.goto(lang.path('venues'));
      const map = page.getByRole('group', { name: t('venues.mapLabel') });
      const markers = map.getByRole('link');
      await expect(markers).toHaveCount(await page.locator('.card-list > li').count());
      const museum = lang.title('venues', 'gulangyu-piano-museum.yaml');
      await expect(map.getByRole('link', { name: `1. ${museum}` })).toHaveAttribute('href', lang.path('venues', 'gulangyu-piano-museum'));
      // Tab from the lead paragraph reaches the first marker, and Enter follows it.
      await page.locator('main .lead').click();
      let focused = '';
      for (let step = 0; step < 40 && focused !== `1. ${museum}`; step += 1) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      }
      expect(focused).toBe(`1. ${museum}`);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(lang.path('venues', 'gulangyu-piano-museum'));
      // Its own page marks it as the page's venue on a small map.
      await expect(page.locator('figure svg a[aria-current="location"]')).toHaveAttribute(
        'href',
        lang.path('venues', 'gulangyu-piano-museum'),
      );
    });

    test('an activity page shows its venue on a small map', async ({ page }) => {
      await page.goto(lang.path('programme', 'opening-ceremony'));
      const venue = lang.title('venues', 'xiamen-international-conference-center.yaml');
      const map = page.getByRole('group', { name: t('venues.whereLabel', { name: venue }) });
      await expect(map.getByRole('link')).toHaveCount(1);
      await expect(map.getByRole('link')).toHaveAttribute('href', lang.path('venues', 'xiamen-international-conference-center'));
      await expect(map.getByRole('link')).toHaveAttribute('aria-current', 'location');
    });

    test('an activity links to each organiser, whose page says what it is and lists what it runs', async ({ page }) => {
      await page.goto(lang.path('programme', 'international-talent-job-fair'));
      const hrss = lang.title('organisers', 'xiamen-hrss-bureau.yaml');
      await page.getByRole('main').getByRole('link', { name: hrss, exact: true }).click();
      await expect(page).toHaveURL(lang.path('organisers', 'xiamen-hrss-bureau'));
      await expect(page.getByRole('heading', { level: 1, name: hrss })).toBeVisible();
      await expect(page.getByText(t('organiserKind.government'), { exact: true })).toBeVisible();
      const activities = page.getByRole('region', { name: t('organiser.activities') });
      await expect(activities.getByRole('link', { name: lang.title('activities', 'international-talent-job-fair.mdx') })).toBeVisible();
      const ics = await (await page.request.get(lang.file('organisers', 'xiamen-hrss-bureau.ics'))).text();
      expect(ics).toContain('UID:international-talent-job-fair@');
      await page.goto(lang.path('organisers'));
      await expect(page.getByRole('link', { name: hrss, exact: true })).toBeVisible();
    });
  });
}
