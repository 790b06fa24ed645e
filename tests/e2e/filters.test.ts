/**
 * The list filters as faceted search: counts that follow the other facets, options that would
 * leave nothing disabled, one floating panel at a time, chosen values as chips, addresses that
 * ask for what is not there, and day jumps that follow the filters, in either language.
 */
import type { Page } from '@playwright/test';
import { formatShortDay } from '../../src/lib/dates.ts';
import { expect, test } from './support/test.ts';
import { LANGUAGES } from './support/languages.ts';

/**
 * Opens (or closes) a facet's panel by its summary, as a visitor clicks it. The summary starts
 * with the facet's name ("Status", not "Registration status"), then its count of choices.
 */
const toggleFacet = (page: Page, name: string) =>
  page
    .locator('summary')
    .filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    .click();
const shownHeadings = (page: Page) => page.getByRole('main').getByRole('heading', { level: 3 }).filter({ visible: true });

for (const lang of LANGUAGES) {
  test.describe(lang.tag, () => {
    const { t } = lang;
    /** A checkbox by its label and count as the visitor reads them: "Siming (13)". */
    const option = (page: Page, label: string, count: number) =>
      page.getByRole('checkbox', { name: `${label}${t('filters.optionCount', { count })}`, exact: true });
    const count = (page: Page) => page.locator('[data-filter-count]');

    test('each option counts what the other chosen facets leave, and one that leaves nothing is disabled', async ({ page }) => {
      await page.goto(lang.path('programme'));
      await toggleFacet(page, t('filters.district'));
      await expect(option(page, t('district.siming'), 13)).toBeEnabled();
      await expect(option(page, t('district.huli'), 3)).toBeEnabled();
      // Choosing a category recounts the districts within it.
      await toggleFacet(page, t('filters.category'));
      await option(page, t('category.competition'), 4).check();
      await toggleFacet(page, t('filters.district'));
      await expect(option(page, t('district.siming'), 1)).toBeEnabled();
      await expect(option(page, t('district.jimei'), 1)).toBeEnabled();
      await expect(option(page, t('district.huli'), 0)).toBeDisabled();
      await expect(option(page, t('district.xiangan'), 0)).toBeDisabled();
      // The category's own options are alternatives: they keep their counts and stay choosable.
      await toggleFacet(page, t('filters.category'));
      await expect(option(page, t('category.careers'), 2)).toBeEnabled();
      // A district narrows the categories' counts in turn.
      await toggleFacet(page, t('filters.district'));
      await option(page, t('district.siming'), 1).check();
      await expect(page).toHaveURL(/\?category=competition&district=siming$/);
      await toggleFacet(page, t('filters.category'));
      await expect(option(page, t('category.careers'), 2)).toBeEnabled();
      await expect(option(page, t('category.competition'), 1)).toBeChecked();
      await expect(option(page, t('category.university-cooperation'), 0)).toBeDisabled();
    });

    test('a chosen option that leaves nothing stays enabled so it can be unchosen, and the list offers to clear', async ({ page }) => {
      await page.goto(`${lang.path('programme')}?status=cancelled&format=online`);
      await expect(count(page)).toHaveText(t('filters.showing', { shown: 0, total: 30 }));
      await toggleFacet(page, t('filters.status'));
      await expect(option(page, t('status.cancelled'), 0)).toBeChecked();
      await expect(option(page, t('status.cancelled'), 0)).toBeEnabled();
      await toggleFacet(page, t('filters.format'));
      await expect(option(page, t('format.online'), 0)).toBeEnabled();
      await option(page, t('format.online'), 0).uncheck();
      await expect(page).toHaveURL(/\?status=cancelled$/);
      await expect(shownHeadings(page)).toHaveCount(1);
      // Back to nothing: the message says so, and its button clears everything.
      await page.goBack();
      await expect(page.getByText(t('filters.none'))).toBeVisible();
      await page.getByRole('button', { name: t('filters.clear') }).click();
      await expect(page).toHaveURL(new RegExp(`${lang.path('programme')}$`));
      await expect(shownHeadings(page)).toHaveCount(30);
      await expect(page.getByText(t('filters.none'))).toBeHidden();
    });

    test('one panel is open at a time, floats over the list, and Esc closes it back to its summary', async ({ page }) => {
      await page.goto(lang.path('programme'));
      const firstDay = page.getByRole('main').getByRole('heading', { level: 2, name: lang.openingDay });
      const before = await firstDay.boundingBox();
      await toggleFacet(page, t('filters.district'));
      await expect(option(page, t('district.siming'), 13)).toBeVisible();
      // The open panel covers the list instead of pushing it down.
      expect(await firstDay.boundingBox()).toEqual(before);
      await toggleFacet(page, t('filters.format'));
      await expect(option(page, t('format.online'), 1)).toBeVisible();
      await expect(option(page, t('district.siming'), 13)).toBeHidden();
      // From the keyboard: into the panel, then Esc.
      await page.keyboard.press('Tab');
      await expect(page.locator(':focus')).toHaveAttribute('name', 'format');
      await page.keyboard.press('Escape');
      await expect(option(page, t('format.online'), 1)).toBeHidden();
      await expect(page.locator('summary').filter({ hasText: t('filters.format') })).toBeFocused();
      // A click elsewhere closes an open panel too.
      await toggleFacet(page, t('filters.venue'));
      await page.getByRole('heading', { level: 1 }).click();
      await expect(page.getByRole('checkbox').filter({ visible: true })).toHaveCount(0);
    });

    for (const width of [320, 1280]) {
      test(`at ${String(width)} px every panel opens within the screen, without sideways scrolling`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(lang.path('programme'));
        for (const facet of ['category', 'district', 'venue', 'audience', 'format', 'status', 'registration'] as const) {
          await toggleFacet(page, t(`filters.${facet}`));
          const panel = page.locator('fieldset').filter({ visible: true });
          await expect(panel).toBeVisible();
          const box = await panel.boundingBox();
          expect(box?.x, facet).toBeGreaterThanOrEqual(0);
          expect((box?.x ?? 0) + (box?.width ?? 0), facet).toBeLessThanOrEqual(width);
          expect(await page.evaluate(() => document.documentElement.scrollWidth), facet).toBeLessThanOrEqual(width);
          await page.keyboard.press('Escape');
        }
      });
    }

    test('chosen values show as chips that remove them, and Clear shows only when something is chosen', async ({ page }) => {
      await page.goto(lang.path('programme'));
      const clear = page.getByRole('button', { name: t('filters.clear') });
      await expect(clear).toBeHidden();
      await toggleFacet(page, t('filters.category'));
      await option(page, t('category.competition'), 4).check();
      await toggleFacet(page, t('filters.district'));
      await option(page, t('district.jimei'), 1).check();
      await page.keyboard.press('Escape');
      const chips = page.getByRole('list', { name: t('filters.chosen') });
      const competition = chips.getByRole('button', { name: t('filters.remove', { value: t('category.competition') }) });
      const jimei = chips.getByRole('button', { name: t('filters.remove', { value: t('district.jimei') }) });
      await expect(competition).toBeVisible();
      // A category chip carries the category, so it wears the category's colour.
      await expect(competition).toHaveAttribute('data-category', 'competition');
      await expect(jimei).not.toHaveAttribute('data-category');
      await expect(clear).toBeVisible();
      await jimei.click();
      await expect(page).toHaveURL(/\?category=competition$/);
      await expect(shownHeadings(page)).toHaveCount(4);
      // Focus stays among the chips, on the one left.
      await expect(competition).toBeFocused();
      await competition.click();
      await expect(page).toHaveURL(new RegExp(`${lang.path('programme')}$`));
      await expect(chips).toBeHidden();
      await expect(clear).toBeHidden();
    });

    test('an address with a value the filters do not have says which, and offers to remove it', async ({ page }) => {
      await page.goto(`${lang.path('programme')}?category=nonexistent&district=jimei`);
      const notice = page.getByText(t('filters.unknown', { facet: t('filters.noun.category'), value: 'nonexistent' }));
      await expect(notice).toBeVisible();
      // The filter it can use still applies; the one it cannot is not applied.
      await expect(count(page)).toHaveText(t('filters.showing', { shown: 4, total: 30 }));
      await page.getByRole('button', { name: t('filters.remove', { value: 'nonexistent' }) }).click();
      await expect(page).toHaveURL(/\?district=jimei$/);
      await expect(notice).toBeHidden();
      await expect(shownHeadings(page)).toHaveCount(4);
    });

    test('an unknown value on the guidance list is named too, and the list stays whole', async ({ page }) => {
      await page.goto(`${lang.path('guidance')}?category=nonexistent`);
      await expect(page.getByText(t('filters.unknown', { facet: t('filters.noun.category'), value: 'nonexistent' }))).toBeVisible();
      await expect(shownHeadings(page)).toHaveCount(80);
      await expect(page.locator('[data-filter-count]')).toHaveText(t('filters.showing', { shown: 80, total: 80 }));
      await page.getByRole('button', { name: t('filters.clear') }).click();
      await expect(page).toHaveURL(new RegExp(`${lang.path('guidance')}$`));
      await expect(page.getByText(t('filters.unknown', { facet: t('filters.noun.category'), value: 'nonexistent' }))).toBeHidden();
    });

    test('guidance chips remove their category and carry no activity colour', async ({ page }) => {
      await page.goto(`${lang.path('guidance')}?category=schooling`);
      const chip = page.getByRole('button', { name: t('filters.remove', { value: t('guidanceCategory.schooling') }) });
      await expect(chip).not.toHaveAttribute('data-category');
      await chip.click();
      await expect(shownHeadings(page)).toHaveCount(80);
    });

    test('day jumps to days the filters hide are disabled until the day shows again', async ({ page }) => {
      await page.goto(`${lang.path('programme')}?category=ceremony`);
      const days = page.getByRole('navigation', { name: t('programme.skipToDay') });
      const opening = days.getByRole('link', { name: formatShortDay('2023-07-06', lang.tag) });
      const second = days.getByRole('link', { name: formatShortDay('2023-07-07', lang.tag) });
      await expect(opening).toHaveAttribute('href', '#day-2023-07-06');
      await expect(second).toBeDisabled();
      await expect(second).not.toHaveAttribute('href');
      // Only the days of the two ceremonies, opening and closing, can be jumped to.
      await expect(days.getByRole('link', { disabled: false })).toHaveText([
        formatShortDay('2023-07-06', lang.tag),
        formatShortDay('2023-08-05', lang.tag),
      ]);
      await opening.click();
      await expect(page).toHaveURL(/#day-2023-07-06$/);
      await page.getByRole('button', { name: t('filters.clear') }).click();
      await expect(second).toBeEnabled();
      await expect(second).toHaveAttribute('href', '#day-2023-07-07');
      await expect(days.getByRole('link', { disabled: true })).toHaveCount(0);
    });

    test('guidance jumps to a category the filter hides are disabled', async ({ page }) => {
      await page.goto(`${lang.path('guidance')}?category=housing`);
      const jump = page.getByRole('navigation', { name: t('guidance.jumpTo') });
      await expect(jump.getByRole('link', { name: t('guidanceCategory.housing') })).toHaveAttribute('href', '#housing');
      await expect(jump.getByRole('link', { disabled: true })).toHaveCount(9);
    });

    test('every filter control is at least 44 by 44 px on a phone', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`${lang.path('programme')}?category=competition&district=nonexistent`);
      await toggleFacet(page, t('filters.venue'));
      const controls = page.locator(
        'search summary, search label:visible, search button:visible, [data-filter-chips] button, [data-filter-unknown] button',
      );
      expect(await controls.count()).toBeGreaterThan(8);
      for (const control of await controls.all()) {
        const box = await control.boundingBox();
        expect(box?.width, await control.innerText()).toBeGreaterThanOrEqual(44);
        expect(box?.height, await control.innerText()).toBeGreaterThanOrEqual(44);
      }
    });

    test('without JavaScript an address with filters shows every item, and no filter controls or notices', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      for (const [path, total] of [
        [`${lang.path('programme')}?category=nonexistent&format=online`, 30],
        [`${lang.path('guidance')}?category=schooling`, 80],
      ] as const) {
        await page.goto(path);
        await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveCount(total);
        await expect(page.getByRole('checkbox')).toHaveCount(0);
        await expect(
          page.getByRole('search', { name: t('filters.heading') }).or(page.getByRole('button', { name: t('filters.clear') })),
        ).toHaveCount(0);
        await expect(page.getByText(t('filters.unknown', { facet: t('filters.noun.category'), value: 'nonexistent' }))).toBeHidden();
        await expect(page.getByRole('link', { disabled: true })).toHaveCount(0);
      }
      await context.close();
    });
  });
}
