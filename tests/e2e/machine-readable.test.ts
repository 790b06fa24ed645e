/** Structured data, the JSON programme, the Atom feed, robots.txt and link-preview metadata. */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { LANGUAGES } from './support/languages.ts';
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

/**
 * What search engines need of an Event, checked on the JSON-LD as published; the builders that
 * write it are typed with schema-dts (`src/lib/json-ld.ts`), so its property names and
 * enumerations are schema.org's own.
 */
async function expectCompleteEvent(request: APIRequestContext, event: Record<string, unknown>, where: string): Promise<void> {
  expect(event['@type'], where).toBe('Event');
  expect(typeof event.name, where).toBe('string');
  expect(event.description, where).toBeTruthy();
  expect(event.startDate, where).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
  expect(event.endDate, where).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
  expect(event.eventStatus, where).toMatch(/^https:\/\/schema\.org\/Event(Scheduled|Cancelled|Postponed|Rescheduled|MovedOnline)$/);
  expect(event.eventAttendanceMode, where).toMatch(/^https:\/\/schema\.org\/(Offline|Online|Mixed)EventAttendanceMode$/);
  const locations = ([] as Record<string, unknown>[]).concat(event.location as Record<string, unknown>);
  expect(locations.length, where).toBeGreaterThan(0);
  for (const location of locations) {
    if (location['@type'] === 'Place') {
      expect(location.name, where).toBeTruthy();
      expect(location.address, where).toMatchObject({ '@type': 'PostalAddress', addressCountry: 'CN' });
      expect((location.address as Record<string, unknown>).streetAddress, where).toBeTruthy();
    } else {
      expect(location['@type'], where).toBe('VirtualLocation');
      expect(location.url, where).toMatch(/^https:\/\//);
    }
  }
  const organisers = event.organizer as Record<string, unknown>[];
  expect(organisers.length, where).toBeGreaterThan(0);
  for (const organiser of organisers) expect(organiser, where).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
  // The first image is the page's social card, a PNG the site serves.
  const [card] = event.image as string[];
  expect(card, where).toMatch(new RegExp(`^${SITE}/og/.*\\.png$`));
  const response = await request.get(new URL(card ?? '').pathname);
  expect(response.status(), `${where}: ${card ?? ''}`).toBe(200);
  expect(response.headers()['content-type'], where).toBe('image/png');
  // Nothing is offered in stock once the activity is cancelled or over (the build runs after 2023).
  const offers = event.offers as Record<string, unknown> | undefined;
  if (offers && (event.eventStatus === 'https://schema.org/EventCancelled' || new Date(event.endDate as string) <= new Date())) {
    expect(offers.availability, where).not.toBe('https://schema.org/InStock');
  }
}

test('every activity page describes itself as a complete schema.org Event', async ({ request }) => {
  for (const slug of activitySlugs) {
    const [event] = await jsonLdOf(request, `/programme/${slug}/`);
    if (!event) throw new Error(`${slug}: no JSON-LD`);
    await expectCompleteEvent(request, event, slug);
  }
});

for (const lang of LANGUAGES) {
  test(`the ${lang.tag} home page lists every activity as a complete subEvent of the festival`, async ({ request }) => {
    const [festival] = await jsonLdOf(request, lang.path());
    const subEvents = festival?.subEvent as Record<string, unknown>[];
    expect(subEvents).toHaveLength(activitySlugs.length);
    for (const event of subEvents) await expectCompleteEvent(request, event, `${lang.path()} ${String(event.url)}`);
    expect(festival?.image).toEqual([`${SITE}${lang.path() === '/' ? '/og/index.png' : `/og${lang.path().replace(/\/$/, '')}.png`}`]);
  });
}

test('a cancelled activity offers no place, and neither does one that is over', async ({ request }) => {
  const cancelled = (await jsonLdOf(request, '/programme/international-talent-family-day/'))[0];
  expect(cancelled?.eventStatus).toBe('https://schema.org/EventCancelled');
  expect(cancelled?.offers).toMatchObject({ availability: 'https://schema.org/Discontinued' });
  const over = (await jsonLdOf(request, '/programme/international-talent-job-fair/'))[0];
  expect(over?.offers).toMatchObject({ '@type': 'Offer', availability: 'https://schema.org/SoldOut' });
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

for (const lang of LANGUAGES) {
  test(`${lang.file('programme.json')} gives version 1 with every activity, absolute URLs and its language`, async ({ request }) => {
    const body = (await (await request.get(lang.file('programme.json'))).json()) as {
      version: number;
      event: { name: string; language: string; url: string };
      activities: { id: string; title: string; url: string; calendar: string; start: string; revision: number }[];
    };
    expect(body.version).toBe(1);
    expect(body.event).toMatchObject({ name: lang.t('site.name'), language: lang.tag, url: `${SITE}${lang.path()}` });
    expect(body.activities.map((activity) => activity.id).sort()).toEqual([...activitySlugs].sort());
    for (const activity of body.activities) {
      expect(activity.url).toBe(`${SITE}${lang.path('programme', activity.id)}`);
      expect(activity.calendar).toBe(`${SITE}${lang.file('programme', `${activity.id}.ics`)}`);
      expect(activity.title).toBe(lang.title('activities', `${activity.id}.mdx`));
      expect(activity.start).toMatch(/\+08:00$/);
      expect(Number.isInteger(activity.revision) && activity.revision >= 0, activity.id).toBe(true);
    }
    // Cancelled by the typhoon: at least that change counts.
    expect(body.activities.find((activity) => activity.id === 'international-talent-family-day')?.revision).toBeGreaterThanOrEqual(1);
  });

  test(`structured data on ${lang.tag} pages says it is in ${lang.tag}`, async ({ request }) => {
    for (const path of [lang.path(), lang.path('guidance'), lang.path('programme', 'opening-ceremony')]) {
      const [data] = await jsonLdOf(request, path);
      expect(data?.inLanguage, path).toBe(lang.tag);
    }
    const [event] = await jsonLdOf(request, lang.path('programme', 'opening-ceremony'));
    expect(event?.name).toBe(lang.title('activities', 'opening-ceremony.mdx'));
  });

  test(`the ${lang.tag} Atom feed parses, is marked ${lang.tag} and lists every activity and guidance item`, async ({ page }) => {
    await page.goto(lang.path());
    const result = await page.evaluate(async (feed) => {
      const xml = new DOMParser().parseFromString(await (await fetch(feed)).text(), 'application/xml');
      return {
        error: xml.querySelector('parsererror')?.textContent ?? null,
        root: xml.documentElement.namespaceURI,
        language: xml.documentElement.getAttribute('xml:lang'),
        entries: xml.getElementsByTagName('entry').length,
        ids: new Set(Array.from(xml.getElementsByTagName('id'), (id) => id.textContent)).size,
        links: Array.from(xml.querySelectorAll('entry > link'), (link) => new URL(link.getAttribute('href') ?? '').pathname),
      };
    }, lang.file('feed.xml'));
    expect(result.error).toBeNull();
    expect(result.root).toBe('http://www.w3.org/2005/Atom');
    expect(result.language).toBe(lang.tag);
    expect(result.entries).toBe(110);
    expect(result.ids).toBe(111);
    expect(result.links.every((path) => path.startsWith(lang.path()))).toBe(true);
  });
}

test('the sitemap lists every page in both languages, each with its alternate', async ({ request }) => {
  const paths = await sitemapPaths(request);
  const english = paths.filter((path) => !path.startsWith('/zh-cn/'));
  const chinese = paths.filter((path) => path.startsWith('/zh-cn/'));
  expect(chinese.sort()).toEqual(english.map((path) => `/zh-cn${path}`).sort());
  const xml = await (await request.get('/sitemap-0.xml')).text();
  expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="zh-CN" href="${SITE}/zh-cn/programme/opening-ceremony/"/>`);
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
