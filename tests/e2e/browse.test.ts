/** A visitor finds the event's facts and reaches an entry of every collection from the home page, in either language. */
import { expect, test } from './support/test.ts';
import { CHINESE, ENGLISH, LANGUAGES } from './support/languages.ts';

for (const lang of LANGUAGES) {
  test.describe(lang.tag, () => {
    const { t } = lang;

    test('the home page names the event and its headline figures', async ({ page }) => {
      await page.goto(lang.path());
      await expect(page.locator('html')).toHaveAttribute('lang', lang.tag);
      await expect(page.getByRole('heading', { level: 1, name: t('site.name') })).toBeVisible();
      await expect(page.locator('[data-figure="international-talents"]')).toContainText(lang.internationalTalents);
      await expect(page.locator('[data-figure="workforce"]')).toContainText(lang.workforce);
    });

    test('the main navigation leads to an activity with its time in Xiamen and its venue', async ({ page }) => {
      const opening = lang.title('activities', 'opening-ceremony.mdx');
      await page.goto(lang.path());
      await page
        .getByRole('navigation', { name: t('nav.label') })
        .getByRole('link', { name: t('nav.programme'), exact: true })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: t('programme.title') })).toBeVisible();
      await page.getByRole('link', { name: opening }).first().click();
      await expect(page).toHaveURL(new RegExp(`${lang.path('programme', 'opening-ceremony')}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(opening);
      // In the page's facts (the printed poster, hidden on screen, says it too).
      await expect(page.getByRole('article').getByText(lang.openingSpan)).toBeVisible();
      // The venue in the map apps that work in China, beside OpenStreetMap and the phone's own.
      await expect(page.getByRole('link', { name: t('map.amap') })).toHaveAttribute(
        'href',
        /^https:\/\/uri\.amap\.com\/marker\?position=118\.\d+,24\.\d+/,
      );
      await expect(page.getByRole('link', { name: t('map.baidu') })).toHaveAttribute(
        'href',
        /^https:\/\/api\.map\.baidu\.com\/marker\?location=24\.\d+,118\.\d+/,
      );
      // The first: the second is the map's credit to OpenStreetMap's contributors.
      await expect(page.getByRole('link', { name: t('map.openStreetMap'), exact: true }).first()).toHaveAttribute(
        'href',
        /openstreetmap\.org\/\?mlat=/,
      );
      await expect(page.getByRole('link', { name: t('map.device') })).toHaveAttribute('href', /^geo:24\.\d+,118\.\d+\?q=/);
    });

    for (const section of ['guidance', 'awards', 'universities'] as const) {
      test(`the ${section} index links to pages that open`, async ({ page }) => {
        await page.goto(lang.path());
        await page
          .getByRole('navigation', { name: t('nav.label') })
          .getByRole('link', { name: t(`nav.${section}`) })
          .click();
        const entries = page
          .getByRole('main')
          .getByRole('heading', { level: section === 'guidance' ? 3 : 2 })
          .getByRole('link');
        await expect(entries.first()).toBeVisible();
        const href = (await entries.first().getAttribute('href')) ?? '';
        expect(href.startsWith(lang.path(section))).toBe(true);
        await entries.first().click();
        await expect(page).toHaveURL(new RegExp(`${href}$`));
        await expect(
          page.getByRole('navigation', { name: t('breadcrumb.label') }).getByRole('link', { name: t(`${section}.title`) }),
        ).toBeVisible();
      });
    }

    test('the language switch leads to the same page in the other language, keeping the filters', async ({ page }) => {
      const other = lang === ENGLISH ? CHINESE : ENGLISH;
      await page.goto(`${lang.path('programme')}?category=competition`);
      await page.getByRole('link', { name: other.t('language.name') }).click();
      await expect(page).toHaveURL(new RegExp(`${other.path('programme')}\\?category=competition$`));
      await expect(page.locator('html')).toHaveAttribute('lang', other.tag);
      await expect(page.locator('[data-filter-count]')).toHaveText(other.t('filters.showing', { shown: 4, total: 30 }));
      await page.goto(lang.path('guidance', 'foreigner-work-permit'));
      await page.getByRole('link', { name: other.t('language.name') }).click();
      await expect(page).toHaveURL(new RegExp(`${other.path('guidance', 'foreigner-work-permit')}$`));
    });

    test('every page names its other-language version and a default for search engines', async ({ page }) => {
      await page.goto(lang.path('programme', 'opening-ceremony'));
      const alternates = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) =>
          links.map((link) => `${link.getAttribute('hreflang') ?? ''} ${new URL(link.getAttribute('href') ?? '').pathname}`),
        );
      expect(alternates.sort()).toEqual(
        ['en-GB /programme/opening-ceremony/', 'x-default /programme/opening-ceremony/', 'zh-CN /zh-cn/programme/opening-ceremony/'].sort(),
      );
    });

    test('pages read without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(lang.path('programme'));
      await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
      await context.close();
    });

    test('a 320 px wide screen does not scroll sideways', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      for (const path of [
        lang.path(),
        lang.path('programme'),
        lang.path('programme', 'opening-ceremony'),
        lang.path('guidance'),
        lang.path('calendar'),
      ]) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    });
  });
}

test.describe('an unknown address', () => {
  // The browser reports the 404 response itself as a console error; nothing else may appear.
  test.use({ allowedConsoleErrors: [/the server responded with a status of 404/] });

  test('an unknown address answers 404 with a way back, in English and in Chinese', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: ENGLISH.t('notFound.title') })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: ENGLISH.t('nav.programme'), exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: CHINESE.t('language.name') })).toHaveAttribute('href', '/zh-cn/');
    // Its search form leads to the search page with the query.
    await page.getByRole('main').getByRole('searchbox').fill('visa');
    await page
      .getByRole('main')
      .getByRole('button', { name: ENGLISH.t('search.submit') })
      .click();
    await expect(page).toHaveURL(/\/search\/\?q=visa$/);
  });

  test('a mistyped Chinese address answers 404 in Chinese, with a way back to the Chinese pages', async ({ page }) => {
    const response = await page.goto('/zh-cn/programme/no-such-activity/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', CHINESE.tag);
    await expect(page.getByRole('heading', { level: 1, name: CHINESE.t('notFound.title') })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: CHINESE.t('nav.programme'), exact: true })).toHaveAttribute(
      'href',
      CHINESE.path('programme'),
    );
    await expect(page.getByRole('link', { name: ENGLISH.t('language.name') })).toHaveAttribute('href', '/');
  });

  test('on a host that has only the root 404 page (GitHub Pages), a Chinese address still reads Chinese first', async ({ page }) => {
    // Such a host answers every unknown address with /404.html, whatever its language.
    const rootNotFound = await (await page.request.get('/404.html')).text();
    await page.route('**/zh-cn/no-such-page/', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: rootNotFound }));
    await page.goto('/zh-cn/no-such-page/');
    const headings = page
      .getByRole('main')
      .getByRole('heading', { name: new RegExp(`${CHINESE.t('notFound.title')}|${ENGLISH.t('notFound.title')}`) });
    await expect(headings.first()).toHaveText(CHINESE.t('notFound.title'));
    await expect(page.getByRole('main').getByRole('link', { name: CHINESE.t('nav.home'), exact: true })).toHaveAttribute('href', '/zh-cn/');
    // At an English address the English text comes first.
    await page.goto('/no-such-page/');
    await expect(headings.first()).toHaveText(ENGLISH.t('notFound.title'));
  });
});
