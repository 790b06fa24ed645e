/** Structured data, the JSON programme, the Atom feed, robots.txt and link-preview metadata. */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { sitemapPaths } from './support/sitemap.ts';

const SITE = 'https://talent-month.xiamen.example';
const activitySlugs = readdirSync(resolve(import.meta.dirname, '../../content/activities'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, ''));

async function jsonLdOf(request: APIRequestContext, path: string): Promise<Record<string, unknown>[]> {
  const html = await (await request.get(path)).text();
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1] ?? '{}') as Record<string, unknown>,
  );
}

test('every activity page describes itself as a schema.org Event with Google’s required and recommended properties', async ({
  request,
}) => {
  for (const slug of activitySlugs) {
    const [event] = await jsonLdOf(request, `/programme/${slug}/`);
    if (!event) throw new Error(`${slug}: no JSON-LD`);
    expect(event['@type'], slug).toBe('Event');
    // Required: name, startDate (with an offset), location.
    expect(typeof event.name).toBe('string');
    expect(event.startDate, slug).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    const locations = ([] as Record<string, unknown>[]).concat(event.location as Record<string, unknown>);
    for (const location of locations) {
      if (location['@type'] === 'Place') expect((location.address as Record<string, unknown>)['@type'], slug).toBe('PostalAddress');
      else expect(location['@type'], slug).toBe('VirtualLocation');
    }
    // Recommended: description, endDate, eventStatus, eventAttendanceMode, organizer.
    expect(event.description).toBeTruthy();
    expect(event.endDate).toMatch(/\+08:00$/);
    expect(event.eventStatus).toMatch(/^https:\/\/schema\.org\/Event(Scheduled|Cancelled|Postponed|Rescheduled|MovedOnline)$/);
    expect(event.eventAttendanceMode).toMatch(/^https:\/\/schema\.org\/(Offline|Online|Mixed)EventAttendanceMode$/);
    expect((event.organizer as unknown[]).length).toBeGreaterThan(0);
  }
});

test('statuses reach the structured data: cancelled, rescheduled with its previous start, moved online', async ({ request }) => {
  expect((await jsonLdOf(request, '/programme/international-talent-family-day/'))[0]?.eventStatus).toBe(
    'https://schema.org/EventCancelled',
  );
  const rescheduled = (await jsonLdOf(request, '/programme/returnee-services-day/'))[0];
  expect(rescheduled?.eventStatus).toBe('https://schema.org/EventRescheduled');
  expect(rescheduled?.previousStartDate).toBe('2023-07-15T09:00:00+08:00');
  expect((await jsonLdOf(request, '/programme/overseas-scholars-innovation-salon/'))[0]?.eventAttendanceMode).toBe(
    'https://schema.org/OnlineEventAttendanceMode',
  );
  expect((await jsonLdOf(request, '/programme/international-talent-job-fair/'))[0]?.offers).toMatchObject({ '@type': 'Offer' });
});

test('the home page describes the festival with its 30 activities, the guidance list as an ItemList of 80', async ({ request }) => {
  const [festival] = await jsonLdOf(request, '/');
  expect(festival).toMatchObject({
    '@type': 'Event',
    name: 'Xiamen Talent Service Month 2023',
    startDate: '2023-07-06',
    endDate: '2023-08-05',
  });
  expect(festival?.subEvent).toHaveLength(30);
  expect((festival?.organizer as Record<string, unknown>)['@type']).toBe('Organization');
  const [list] = await jsonLdOf(request, '/guidance/');
  expect(list).toMatchObject({ '@type': 'ItemList', numberOfItems: 80 });
});

test('/programme.json gives version 1 with every activity and absolute URLs', async ({ request }) => {
  const body = (await (await request.get('/programme.json')).json()) as {
    version: number;
    activities: { id: string; url: string; calendar: string; start: string }[];
  };
  expect(body.version).toBe(1);
  expect(body.activities.map((activity) => activity.id).sort()).toEqual([...activitySlugs].sort());
  for (const activity of body.activities) {
    expect(activity.url).toBe(`${SITE}/programme/${activity.id}/`);
    expect(activity.calendar).toBe(`${SITE}/programme/${activity.id}.ics`);
    expect(activity.start).toMatch(/\+08:00$/);
  }
});

test('the Atom feed parses and lists every activity and guidance item', async ({ page }) => {
  await page.goto('/');
  const result = await page.evaluate(async () => {
    const xml = new DOMParser().parseFromString(await (await fetch('/feed.xml')).text(), 'application/xml');
    return {
      error: xml.querySelector('parsererror')?.textContent ?? null,
      root: xml.documentElement.namespaceURI,
      entries: xml.getElementsByTagName('entry').length,
      ids: new Set(Array.from(xml.getElementsByTagName('id'), (id) => id.textContent)).size,
    };
  });
  expect(result.error).toBeNull();
  expect(result.root).toBe('http://www.w3.org/2005/Atom');
  expect(result.entries).toBe(110);
  expect(result.ids).toBe(111);
});

test('robots.txt points to the sitemap', async ({ request }) => {
  expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
});

test('every page has a canonical URL and link-preview metadata', async ({ request }) => {
  for (const path of await sitemapPaths(request)) {
    const html = await (await request.get(path)).text();
    expect(html, path).toContain(`<link rel="canonical" href="${SITE}${path}">`);
    for (const meta of ['property="og:title"', 'property="og:description"', 'property="og:url"', 'name="twitter:card"'])
      expect(html, `${path} ${meta}`).toContain(meta);
  }
});
