/** My programme: stars, a time-ordered list, a calendar file made in the browser, and share links. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';

test('a star on the agenda and on an activity page saves it; the list is in time order', async ({ page }) => {
  await page.goto('/programme/');
  const jobFair = page.getByRole('button', { name: 'Save “International Talent Job Fair” to my programme' });
  await jobFair.click();
  await expect(jobFair).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/programme/opening-ceremony/');
  const opening = page.getByRole('button', { name: /Save “Opening Ceremony/ });
  // Keyboard: the star is a button.
  await opening.focus();
  await page.keyboard.press('Space');
  await expect(opening).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My programme' }).click();
  const saved = page.getByRole('main').getByRole('heading', { level: 3 });
  await expect(saved).toHaveText([/Opening Ceremony/, 'International Talent Job Fair']);
  await expect(page.getByText('(2 saved)')).toBeVisible();
  // Removing one from the list.
  await page.getByRole('button', { name: 'Remove “International Talent Job Fair”' }).click();
  await expect(saved).toHaveText([/Opening Ceremony/]);
});

test('exports the saved activities as one calendar file with the right times', async ({ page }) => {
  await page.goto('/programme/2023-08-03/');
  for (const button of await page.getByRole('button', { name: /^Save / }).all()) await button.click();
  await page.goto('/my-programme/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as a calendar file (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('my-programme.ics');
  const text = readFileSync(await download.path(), 'utf8');
  const events = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual(['2023-08-03T01:30:00.000Z', '2023-08-03T06:00:00.000Z']);
  expect(events.map((event) => event.uid)).toEqual([
    'joint-training-programme-seminar@talent-month.xiamen.example',
    'international-students-career-workshop@talent-month.xiamen.example',
  ]);
  expect(text).toContain('\r\n');
});

test('a share link shows the list to someone else, who can add it to theirs', async ({ page, browser }) => {
  await page.goto('/programme/gulangyu-heritage-walk/');
  await page.getByRole('button', { name: /^Save / }).click();
  await page.goto('/my-programme/');
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toMatch(/\/my-programme\/\?ids=gulangyu-heritage-walk$/);
  // Someone else, in a fresh browser profile.
  const other = await browser.newContext();
  const theirs = await other.newPage();
  await theirs.goto(new URL(link).pathname + new URL(link).search);
  const shared = theirs.getByRole('region', { name: 'A programme shared with you' });
  await expect(shared.getByRole('link', { name: 'Gulangyu Heritage Walk' })).toBeVisible();
  await expect(theirs.getByText(/Nothing saved yet/)).toBeVisible();
  await shared.getByRole('button', { name: 'Add these to my programme' }).click();
  await expect(shared.getByRole('status')).toHaveText('Added to your programme.');
  await expect(theirs.getByRole('region', { name: /^My programme/ }).getByRole('link', { name: 'Gulangyu Heritage Walk' })).toBeVisible();
  await other.close();
});

test('without JavaScript no star shows and the page explains why', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/programme/');
  await expect(page.getByRole('button', { name: /^Save / })).toHaveCount(0);
  await page.goto('/my-programme/');
  await expect(page.getByText(/needs JavaScript/)).toBeVisible();
  await context.close();
});
