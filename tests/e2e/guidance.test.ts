/** The guidance list: sections with jump links, a category filter, and pages that say how to apply, in either language. */
import { expect, test } from './support/test.ts';
import { LANGUAGES } from './support/languages.ts';

for (const lang of LANGUAGES) {
  test.describe(lang.tag, () => {
    const { t } = lang;

    test('groups the 80 items in categories reachable from jump links', async ({ page }) => {
      await page.goto(lang.path('guidance'));
      const jump = page.getByRole('navigation', { name: t('guidance.jumpTo') });
      await expect(jump.getByRole('link')).toHaveCount(10);
      await jump.getByRole('link', { name: t('guidanceCategory.housing') }).click();
      await expect(page).toHaveURL(/#housing$/);
      await expect(page.getByRole('heading', { level: 2, name: t('guidanceCategory.housing') })).toBeInViewport();
      await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveCount(80);
    });

    test('each jump link gives its section’s count, spaced as the language spaces it', async ({ page }) => {
      await page.goto(lang.path('guidance'));
      const jump = page.getByRole('navigation', { name: t('guidance.jumpTo') });
      const label = t('guidanceCategory.entry-and-residence');
      const count = await page.getByRole('region', { name: label }).getByRole('heading', { level: 3 }).count();
      expect(count).toBeGreaterThan(0);
      await expect(jump.getByRole('listitem').first()).toHaveText(`${label}${t('sentence.space')}${t('count.inBrackets', { count })}`);
    });

    test('a reference to another item is a link to it, in the page’s language', async ({ page }) => {
      await page.goto(lang.path('guidance', 'finding-a-rental-home'));
      const reference = page
        .getByRole('main')
        .getByRole('link', { name: lang.locale === 'en' ? 'item 30' : '第30项服务指南', exact: true });
      await expect(reference).toHaveAttribute('href', lang.path('guidance', 'lease-registration'));
      await reference.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang.title('guidance', '30-lease-registration.mdx'));
    });

    test('the category filter shows one category and keeps it in the URL', async ({ page }) => {
      await page.goto(lang.path('guidance'));
      await page
        .locator('summary')
        .filter({ hasText: t('filters.category') })
        .click();
      await page.getByRole('checkbox', { name: t('guidanceCategory.schooling') }).check();
      await expect(page).toHaveURL(/\?category=schooling/);
      await expect(page.getByRole('main').getByRole('heading', { level: 3 }).filter({ visible: true })).toHaveCount(8);
    });

    test('an item’s page gives its number, provider, steps, papers and contact', async ({ page }) => {
      await page.goto(lang.path('guidance', 'foreigner-work-permit'));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang.title('guidance', '01-foreigner-work-permit.mdx'));
      await expect(page.getByText(t('guidance.number', { number: 1 }), { exact: true })).toBeVisible();
      for (const heading of [t('guidance.howToApply'), t('guidance.documents'), t('guidance.contact')]) {
        await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      }
      await expect(page.getByRole('term').filter({ hasText: t('guidance.provider') })).toBeVisible();
      await expect(
        page.getByRole('definition').filter({ hasText: lang.title('organisers', 'xiamen-science-technology-bureau.yaml') }),
      ).toBeVisible();
    });

    test.describe('on a 320 px phone', () => {
      test.use({ viewport: { width: 320, height: 640 } });

      test('the breadcrumb keeps each separator after its item, and its items on one baseline', async ({ page }) => {
        // A title long enough to wrap onto a line of its own at 320 px, and a short one that shares the line at 390 px.
        for (const [path, width, wraps] of [
          [lang.path('guidance', 'policy-matching-service'), 320, true],
          [lang.path('programme', '2023-07-06'), 390, false],
        ] as const) {
          await page.setViewportSize({ width, height: 640 });
          await page.goto(path);
          const items = await page
            .getByRole('navigation', { name: t('breadcrumb.label') })
            .getByRole('listitem')
            .evaluateAll((elements) =>
              elements.map((element) => {
                const box = element.getBoundingClientRect();
                const before = getComputedStyle(element, '::before').content;
                // The first character of the item's own text, wherever it wraps.
                const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
                  acceptNode: (node) => ((node.textContent ?? '').trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
                });
                const text = walker.nextNode();
                const range = document.createRange();
                const offset = (text?.textContent ?? '').search(/\S/);
                if (text) {
                  range.setStart(text, offset);
                  range.setEnd(text, offset + 1);
                }
                return {
                  top: box.top,
                  bottom: box.bottom,
                  startsWithSeparator: !['none', 'normal', '""'].includes(before) || /^\s*›/.test((element as HTMLElement).innerText),
                  textBottom: range.getBoundingClientRect().bottom,
                };
              }),
            );
          expect(items.length, path).toBe(3);
          let rows = 1;
          items.forEach((item, index) => {
            const previous = items[index - 1];
            // An item that does not overlap the one before it starts a new line.
            if (!previous || item.top >= previous.bottom - 1) {
              if (previous) rows += 1;
              expect(item.startsWithSeparator, `${path}: item ${String(index + 1)} starts a line with a separator`).toBe(false);
            } else {
              expect(Math.abs(item.textBottom - previous.textBottom), `${path}: item ${String(index + 1)}’s baseline`).toBeLessThanOrEqual(
                1,
              );
            }
          });
          expect(rows > 1, `${path} wraps`).toBe(wraps);
        }
      });
    });
  });
}
