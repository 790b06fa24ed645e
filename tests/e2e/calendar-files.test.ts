/**
 * Every calendar file the site serves, read back with an independent parser (ical.js) and
 * compared with the content it was made from: instants, status and location.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import type { UiKey } from '../../src/i18n/index.ts';
import { CHINESE } from './support/languages.ts';
import { expect, test } from './support/test.ts';
import ICAL from 'ical.js';
import { parse } from 'yaml';

const CONTENT = resolve(import.meta.dirname, '../../content');

interface Frontmatter {
  title: string;
  start: string;
  end: string;
  category: string;
  venue?: string;
  status?: string | { state: string };
}

const frontmatter = (file: string): Frontmatter =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '') as Frontmatter;
const activities = readdirSync(resolve(CONTENT, 'activities'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ slug: name.replace(/\.mdx$/, ''), data: frontmatter(resolve(CONTENT, 'activities', name)) }));
const venue = (id: string) => parse(readFileSync(resolve(CONTENT, 'venues', `${id}.yaml`), 'utf8')) as { name: string; address: string };
const stateOf = (status: Frontmatter['status']): string => (typeof status === 'string' ? status : (status?.state ?? 'scheduled'));

async function events(request: APIRequestContext, path: string): Promise<{ text: string; events: ICAL.Component[] }> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toContain('text/calendar');
  const text = await response.text();
  return { text, events: new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent') };
}

test('each activity’s calendar file holds its instants, status and place', async ({ request }) => {
  expect(activities).toHaveLength(30);
  for (const { slug, data } of activities) {
    const {
      text,
      events: [vevent],
    } = await events(request, `/programme/${slug}.ics`);
    if (!vevent) throw new Error(`${slug}.ics has no event`);
    const event = new ICAL.Event(vevent);
    expect(event.uid, slug).toBe(`${slug}@talent-month.xiamen.example`);
    expect(event.summary).toBe(data.title);
    expect(event.startDate.toJSDate().getTime(), slug).toBe(new Date(data.start).getTime());
    expect(event.endDate.toJSDate().getTime(), slug).toBe(new Date(data.end).getTime());
    // Never floating: times are UTC.
    expect(event.startDate.zone.tzid).toBe('UTC');
    const state = stateOf(data.status);
    expect(vevent.getFirstPropertyValue('status'), slug).toBe(
      state === 'cancelled' ? 'CANCELLED' : state === 'postponed' ? 'TENTATIVE' : 'CONFIRMED',
    );
    if (data.venue) {
      const place = venue(data.venue);
      expect(event.location, slug).toBe(`${place.name}, ${place.address}`);
      expect(vevent.getFirstPropertyValue('geo')).toHaveLength(2);
    }
    expect(vevent.getFirstPropertyValue('url')).toBe(`https://talent-month.xiamen.example/programme/${slug}/`);
    expect(Number(vevent.getFirstPropertyValue('sequence'))).toBeGreaterThanOrEqual(0);
    expect(vevent.getFirstPropertyValue('dtstamp')).toBeTruthy();
    // RFC 5545 layout: CRLF only, no line over 75 octets.
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  }
});

test('the whole programme has all 30 activities, each UID once', async ({ request }) => {
  const { events: all } = await events(request, '/programme.ics');
  const uids = all.map((vevent) => String(vevent.getFirstPropertyValue('uid')));
  expect(uids).toHaveLength(30);
  expect(new Set(uids).size).toBe(30);
});

test('each category file holds exactly that category’s activities', async ({ request }) => {
  const categories = [...new Set(activities.map(({ data }) => data.category))];
  for (const category of categories) {
    const { events: inFile } = await events(request, `/calendar/${category}.ics`);
    const expected = activities.filter(({ data }) => data.category === category).map(({ slug }) => `${slug}@talent-month.xiamen.example`);
    expect(inFile.map((vevent) => String(vevent.getFirstPropertyValue('uid'))).sort(), category).toEqual(expected.sort());
  }
});

test('an activity page offers its file, Google and Outlook links, and the programme a subscription', async ({ page }) => {
  await page.goto('/programme/opening-ceremony/');
  await expect(page.getByRole('link', { name: 'Download the calendar file (.ics)' })).toHaveAttribute(
    'href',
    '/programme/opening-ceremony.ics',
  );
  await expect(page.getByRole('link', { name: 'Add to Google Calendar' })).toHaveAttribute(
    'href',
    /dates=20230706T013000Z%2F20230706T033000Z/,
  );
  await expect(page.getByRole('link', { name: 'Add to Outlook' })).toHaveAttribute('href', /startdt=2023-07-06T01%3A30%3A00.000Z/);
  await page.goto('/programme/');
  await expect(page.getByRole('link', { name: 'Subscribe to the whole programme' })).toHaveAttribute(
    'href',
    'webcal://talent-month.xiamen.example/programme.ics',
  );
});

test('the Chinese calendar files carry the Chinese text, marked zh-CN, with the same events and UIDs', async ({ request }) => {
  const zh = (folder: string, name: string) =>
    parse(readFileSync(resolve(CONTENT, folder, 'zh-cn', name), 'utf8').replace(/^---\n([\s\S]*?)\n---[\s\S]*$/, '$1')) as {
      title?: string;
      name?: string;
      address?: string;
    };
  for (const { slug, data } of activities) {
    const {
      text,
      events: [vevent],
    } = await events(request, `/zh-cn/programme/${slug}.ics`);
    if (!vevent) throw new Error(`zh-cn ${slug}.ics has no event`);
    const event = new ICAL.Event(vevent);
    expect(event.uid, slug).toBe(`${slug}@talent-month.xiamen.example`);
    expect(event.summary, slug).toBe(zh('activities', `${slug}.mdx`).title);
    expect(event.startDate.toJSDate().getTime(), slug).toBe(new Date(data.start).getTime());
    expect(text).toContain('SUMMARY;LANGUAGE=zh-CN:');
    expect(vevent.getFirstPropertyValue('url')).toBe(`https://talent-month.xiamen.example/zh-cn/programme/${slug}/`);
    if (data.venue) {
      const place = zh('venues', `${data.venue}.yaml`);
      expect(event.location, slug).toBe(`${place.name ?? ''}，${place.address ?? ''}`);
    }
    // A status with its reason is said in Chinese, with Chinese punctuation.
    const status = typeof data.status === 'object' ? (data.status as { state: string; reason?: string }) : undefined;
    if (status?.reason) {
      expect(event.description, slug).toContain(`${CHINESE.t(`status.${status.state}` as UiKey)}：`);
      expect(event.description, slug).not.toContain(`${status.state}:`);
    }
  }
  const { events: all } = await events(request, '/zh-cn/programme.ics');
  expect(all).toHaveLength(30);
});

test('a Chinese activity page offers the Chinese calendar file and subscription', async ({ page }) => {
  await page.goto('/zh-cn/programme/opening-ceremony/');
  await expect(page.locator('a[download][href$=".ics"]').first()).toHaveAttribute('href', '/zh-cn/programme/opening-ceremony.ics');
  await page.goto('/zh-cn/programme/');
  await expect(page.locator('a[href^="webcal:"]').first()).toHaveAttribute(
    'href',
    'webcal://talent-month.xiamen.example/zh-cn/programme.ics',
  );
});
