/** What changed: the changes page and its Atom feed in either language, and an activity's "Updated on" line. */
import { expect, test } from './support/test.ts';
import { LANGUAGES } from './support/languages.ts';

/** The returnee services day's old and new starts, as each language writes them. */
const OLD_AND_NEW = {
  en: { from: 'Saturday, 15 July 2023, 09:00', to: 'Saturday, 22 July 2023, 09:00' },
  'zh-cn': { from: '2023年7月15日星期六 09:00', to: '2023年7月22日星期六 09:00' },
} as const;

for (const lang of LANGUAGES) {
  test.describe(lang.tag, () => {
    const { t } = lang;
    const cardOf = (page: import('@playwright/test').Page, file: string) =>
      page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: lang.title('activities', file) }) });

    test('the changes page lists the typhoon’s cancellation, postponement, move online and rescheduling, with what changed', async ({
      page,
    }) => {
      await page.goto(lang.path('changes'));
      await expect(page.getByRole('heading', { level: 1, name: t('changes.title') })).toBeVisible();
      await expect(
        cardOf(page, 'international-talent-family-day.mdx').getByText(t('change.status.cancelled'), { exact: true }),
      ).toBeVisible();
      await expect(cardOf(page, 'international-talent-family-day.mdx').getByText(lang.pattern('change.reason'))).toBeVisible();
      await expect(cardOf(page, 'gulangyu-heritage-walk.mdx').getByText(t('change.status.postponed'), { exact: true })).toBeVisible();
      await expect(
        cardOf(page, 'overseas-scholars-innovation-salon.mdx').getByText(t('change.status.moved-online'), { exact: true }),
      ).toBeVisible();
      // The returnee day moved a week on: its old start and its new one.
      const move = cardOf(page, 'returnee-services-day.mdx').getByText(lang.pattern('change.time')).first();
      await expect(move).toContainText(OLD_AND_NEW[lang.locale].from);
      await expect(move).toContainText(OLD_AND_NEW[lang.locale].to);
      // Each card leads to its activity.
      await cardOf(page, 'international-talent-family-day.mdx').first().getByRole('link').click();
      await expect(page).toHaveURL(lang.path('programme', 'international-talent-family-day'));
    });

    test('the changes feed parses as Atom in the page’s language, an entry for each change the page lists', async ({ page, request }) => {
      await page.goto(lang.path('changes'));
      const cards = await page.locator('main .card').count();
      const response = await request.get(lang.file('changes.xml'));
      // Served as static hosts serve .xml; the feed says it is Atom by its namespace.
      expect(response.headers()['content-type']).toMatch(/^application\/(atom\+)?xml/);
      const feed = await page.evaluate(
        (xml) => {
          const document = new DOMParser().parseFromString(xml, 'application/xml');
          const atom = 'http://www.w3.org/2005/Atom';
          return {
            error: document.getElementsByTagName('parsererror').length,
            root: document.documentElement.namespaceURI,
            language: document.documentElement.getAttribute('xml:lang'),
            entries: document.getElementsByTagNameNS(atom, 'entry').length,
            links: [...document.getElementsByTagNameNS(atom, 'entry')].map(
              (entry) => entry.getElementsByTagNameNS(atom, 'link')[0]?.getAttribute('href') ?? '',
            ),
          };
        },
        await response.text(),
      );
      expect(feed).toMatchObject({ error: 0, root: 'http://www.w3.org/2005/Atom', language: lang.tag, entries: cards });
      expect(cards).toBeGreaterThanOrEqual(4);
      expect(feed.links.every((link) => new URL(link).pathname.startsWith(lang.path('programme')))).toBe(true);
    });

    test('an activity changed after it was published says when and what at the top, leading to the changes page', async ({ page }) => {
      await page.goto(lang.path('programme', 'returnee-services-day'));
      const updated = page.getByRole('link', { name: lang.pattern('activity.updated') });
      await expect(updated).toContainText(OLD_AND_NEW[lang.locale].to);
      await expect(updated).toHaveAttribute('href', lang.path('changes'));
      // One published as it is and never changed says nothing.
      await page.goto(lang.path('programme', 'opening-ceremony'));
      await expect(page.getByRole('link', { name: lang.pattern('activity.updated') })).toHaveCount(0);
    });

    test('the footer leads to the changes page', async ({ page }) => {
      await page.goto(lang.path());
      await expect(page.getByRole('contentinfo').getByRole('link', { name: t('footer.changes') })).toHaveAttribute(
        'href',
        lang.path('changes'),
      );
    });
  });
}
