/** My programme: stars, a time-ordered list, a calendar file made in the browser, and share links, in either language. */
import { readFileSync } from 'node:fs';
import { expect, test } from './support/test.ts';
import ICAL from 'ical.js';
import { LANGUAGES } from './support/languages.ts';

/** The clash warnings for the two sessions of 2 August, written out in each language so a wording slip cannot pass. */
const JOURNEY_WARNINGS: Record<string, { later: (earlier: string) => string; earlier: (later: string) => string }> = {
  en: {
    later: (earlier) => `Starts 30 minutes after “${earlier}” ends, and Haicang to Siming takes about 40 minutes.`,
    earlier: (later) => `Ends 30 minutes before “${later}” starts, and Haicang to Siming takes about 40 minutes.`,
  },
  'zh-cn': {
    later: (earlier) => `在“${earlier}”结束后30分钟开始，而从海沧区到思明区约需40分钟。`,
    earlier: (later) => `结束30分钟后“${later}”即开始，而从海沧区到思明区约需40分钟。`,
  },
};

for (const lang of LANGUAGES) {
  test.describe(lang.tag, () => {
    const { t } = lang;
    const opening = lang.title('activities', 'opening-ceremony.mdx');
    const jobFair = lang.title('activities', 'international-talent-job-fair.mdx');
    const walk = lang.title('activities', 'gulangyu-heritage-walk.mdx');

    test('a star on the agenda and on an activity page saves it; the list is in time order', async ({ page }) => {
      await page.goto(lang.path('programme'));
      const jobFairStar = page.getByRole('button', { name: t('myProgramme.save', { title: jobFair }) });
      await jobFairStar.click();
      await expect(jobFairStar).toHaveAttribute('aria-pressed', 'true');
      await page.goto(lang.path('programme', 'opening-ceremony'));
      const openingStar = page.getByRole('button', { name: t('myProgramme.save', { title: opening }) });
      // Keyboard: the star is a button.
      await openingStar.focus();
      await page.keyboard.press('Space');
      await expect(openingStar).toHaveAttribute('aria-pressed', 'true');
      await page
        .getByRole('navigation', { name: t('nav.label') })
        .getByRole('link', { name: t('nav.myProgramme') })
        .click();
      const saved = page.getByRole('main').getByRole('heading', { level: 3 });
      await expect(saved).toHaveText([opening, jobFair]);
      await expect(page.getByText(t('myProgramme.count', { count: 2 }))).toBeVisible();
      // Removing one from the list.
      await page.getByRole('button', { name: t('myProgramme.remove', { title: jobFair }) }).click();
      await expect(saved).toHaveText([opening]);
    });

    test('names the page once, labels each remove button with a word, and links an online activity', async ({ page }) => {
      const briefing = lang.title('activities', 'online-policy-briefing-for-overseas-students.mdx');
      const source = readFileSync(
        new URL('../../content/activities/online-policy-briefing-for-overseas-students.mdx', import.meta.url),
        'utf8',
      );
      const onlineUrl = /^onlineUrl: (\S+)$/m.exec(source)?.[1] ?? '';
      expect(onlineUrl).toMatch(/^https:/);
      await page.goto(lang.path('programme', 'online-policy-briefing-for-overseas-students'));
      await page.getByRole('button', { name: t('myProgramme.save', { title: briefing }) }).click();
      await page.goto(lang.path('my-programme'));
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { level: 3, name: briefing })).toBeVisible();
      // The page's name is its h1 and no other heading's.
      const headings = await main.getByRole('heading').allInnerTexts();
      expect(headings.filter((heading) => heading.includes(t('myProgramme.title')))).toEqual([t('myProgramme.title')]);
      // The remove button shows a word (not a bare symbol) that its accessible name, naming the activity, contains.
      const remove = main.getByRole('button', { name: t('myProgramme.remove', { title: briefing }) });
      const visible = (await remove.innerText()).trim();
      expect(visible).toMatch(/\p{L}/u);
      expect(t('myProgramme.remove', { title: briefing })).toContain(visible);
      // Its online address is a link, not text to copy by hand.
      await expect(main.getByRole('listitem').filter({ hasText: briefing }).locator(`a[href="${onlineUrl}"]`)).toBeVisible();
    });

    test('marks a saved activity that changed since it was saved, until the visitor says they have seen it', async ({ page }) => {
      // Saved long before the returnee day moved; the job fair saved just now, after its own changes.
      await page.addInitScript(() => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(
          'xiamen-talent-month:my-programme',
          JSON.stringify(['returnee-services-day', 'international-talent-job-fair']),
        );
        localStorage.setItem(
          'xiamen-talent-month:my-programme-saved-at',
          JSON.stringify({ 'returnee-services-day': '2020-01-01T00:00:00Z', 'international-talent-job-fair': new Date().toISOString() }),
        );
      });
      await page.goto(lang.path('my-programme'));
      const itemOf = (file: string) =>
        page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: lang.title('activities', file) }) });
      const returnee = itemOf('returnee-services-day.mdx');
      await expect(returnee.getByText(t('myProgramme.changed'))).toBeVisible();
      await expect(returnee.getByText(lang.pattern('change.time'))).toBeVisible();
      await expect(itemOf('international-talent-job-fair.mdx').getByText(t('myProgramme.changed'))).toHaveCount(0);
      const title = lang.title('activities', 'returnee-services-day.mdx');
      await returnee.getByRole('button', { name: t('myProgramme.seen', { title }) }).click();
      await expect(returnee.getByText(t('myProgramme.changed'))).toHaveCount(0);
      await page.reload();
      await expect(itemOf('returnee-services-day.mdx').getByRole('heading')).toBeVisible();
      await expect(itemOf('returnee-services-day.mdx').getByText(t('myProgramme.changed'))).toHaveCount(0);
    });

    test('exports a reminder the visitor chose with every activity, as a calendar app reads it', async ({ page }) => {
      await page.goto(lang.path('programme', '2023-08-03'));
      for (const button of await page.getByRole('button', { name: lang.pattern('myProgramme.save') }).all()) await button.click();
      await page.goto(lang.path('my-programme'));
      await page.getByLabel(t('myProgramme.reminder')).selectOption({ label: t('myProgramme.reminder.60') });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: t('myProgramme.export') }).click(),
      ]);
      const vevents = new ICAL.Component(ICAL.parse(readFileSync(await download.path(), 'utf8')) as unknown[]).getAllSubcomponents(
        'vevent',
      );
      expect(vevents).toHaveLength(2);
      for (const vevent of vevents) {
        const [alarm] = vevent.getAllSubcomponents('valarm');
        expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
        expect((alarm?.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration>).toSeconds()).toBe(-3600);
      }
      // No reminder chosen: none written.
      await page.getByLabel(t('myProgramme.reminder')).selectOption({ label: t('myProgramme.reminder.none') });
      const [plain] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: t('myProgramme.export') }).click(),
      ]);
      expect(readFileSync(await plain.path(), 'utf8')).not.toContain('BEGIN:VALARM');
    });

    test('exports the saved activities as one calendar file with the right times, in the page’s language', async ({ page }) => {
      await page.goto(lang.path('programme', '2023-08-03'));
      for (const button of await page.getByRole('button', { name: lang.pattern('myProgramme.save') }).all()) await button.click();
      await page.goto(lang.path('my-programme'));
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: t('myProgramme.export') }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('my-programme.ics');
      const text = readFileSync(await download.path(), 'utf8');
      const events = new ICAL.Component(ICAL.parse(text) as unknown[])
        .getAllSubcomponents('vevent')
        .map((vevent) => new ICAL.Event(vevent));
      expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual([
        '2023-08-03T01:30:00.000Z',
        '2023-08-03T06:00:00.000Z',
      ]);
      expect(events.map((event) => event.uid)).toEqual([
        'joint-training-programme-seminar@talent-month.xiamen.example',
        'international-students-career-workshop@talent-month.xiamen.example',
      ]);
      expect(events.map((event) => event.summary)).toEqual([
        lang.title('activities', 'joint-training-programme-seminar.mdx'),
        lang.title('activities', 'international-students-career-workshop.mdx'),
      ]);
      expect(text).toContain(`SUMMARY;LANGUAGE=${lang.tag}:`);
      expect(text).toContain('\r\n');
    });

    test('a share link shows the list to someone else, who can add it to theirs', async ({ page, browser }) => {
      await page.goto(lang.path('programme', 'gulangyu-heritage-walk'));
      await page.getByRole('button', { name: lang.pattern('myProgramme.save') }).click();
      await page.goto(lang.path('my-programme'));
      const link = await page.getByLabel(t('myProgramme.share')).inputValue();
      expect(link).toMatch(new RegExp(`${lang.path('my-programme')}\\?ids=gulangyu-heritage-walk$`));
      // Someone else, in a fresh browser profile.
      const other = await browser.newContext();
      const theirs = await other.newPage();
      await theirs.goto(new URL(link).pathname + new URL(link).search);
      const shared = theirs.getByRole('region', { name: t('myProgramme.sharedTitle') });
      await expect(shared.getByRole('link', { name: walk })).toBeVisible();
      await expect(theirs.getByText(t('myProgramme.empty'))).toBeVisible();
      await shared.getByRole('button', { name: t('myProgramme.addShared') }).click();
      await expect(shared.getByRole('status')).toHaveText(t('myProgramme.added'));
      await expect(theirs.getByRole('region', { name: t('myProgramme.savedHeading') }).getByRole('link', { name: walk })).toBeVisible();
      await other.close();
    });

    test('warns when two saved activities leave less time between them than the journey between their venues', async ({ page }) => {
      const docking = lang.title('activities', 'capital-docking-biomedicine.mdx');
      const dialogue = lang.title('activities', 'cross-strait-talent-integration-dialogue.mdx');
      const seminar = lang.title('activities', 'joint-training-programme-seminar.mdx');
      const workshop = lang.title('activities', 'international-students-career-workshop.mdx');
      const warnings = JOURNEY_WARNINGS[lang.locale];
      if (!warnings) throw new Error(`no warnings written out for ${lang.locale}`);
      // 2 August: the docking in Haicang ends at 14:00, the dialogue in Siming starts at 14:30, 40 minutes away.
      await page.goto(lang.path('programme', '2023-08-02'));
      for (const title of [docking, dialogue]) await page.getByRole('button', { name: t('myProgramme.save', { title }) }).click();
      // 3 August: the seminar in Xiang'an ends at 12:00, the workshop in Siming starts at 14:00, 60 minutes away: no warning.
      await page.goto(lang.path('programme', '2023-08-03'));
      for (const title of [seminar, workshop]) await page.getByRole('button', { name: t('myProgramme.save', { title }) }).click();
      await page.goto(lang.path('my-programme'));
      const item = (title: string) =>
        page
          .getByRole('main')
          .getByRole('listitem')
          .filter({ has: page.getByRole('link', { name: title, exact: true }) });
      await expect(item(dialogue).locator('strong')).toHaveText([warnings.later(docking)]);
      await expect(item(docking).locator('strong')).toHaveText([warnings.earlier(dialogue)]);
      await expect(item(seminar).locator('strong')).toHaveCount(0);
      await expect(item(workshop).locator('strong')).toHaveCount(0);
    });

    test('without JavaScript no star shows and the page explains why', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(lang.path('programme'));
      await expect(page.getByRole('button', { name: lang.pattern('myProgramme.save') })).toHaveCount(0);
      await page.goto(lang.path('my-programme'));
      await expect(page.getByText(lang.pattern('myProgramme.needsJavaScript'))).toBeVisible();
      await context.close();
    });
  });
}
