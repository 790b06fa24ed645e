/**
 * The page data of the list pages, on collections given in the test: what the agenda, the month
 * calendar, the guidance list, My programme and the home page show, in each language.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { getAgendaPage } from '../../src/lib/page-data/agenda-page.ts';
import { getCalendarPage } from '../../src/lib/page-data/calendar-page.ts';
import { getGuidanceListPage } from '../../src/lib/page-data/guidance-list-page.ts';
import { getHomePage } from '../../src/lib/page-data/home-page.ts';
import { getMyProgrammeData } from '../../src/lib/page-data/my-programme-page.ts';
import { useCollections } from '../support/astro-content.ts';
import { activityEntry } from '../support/entries.ts';

const SITE = new URL('https://talent-month.example/');

// Real files of the content, so the calendar revisions have a history to read.
const activity = (id: string, file: string, start: string, data: Record<string, unknown> = {}) =>
  activityEntry(id, start, { category: 'careers', audience: ['employers'], ...data }, file);

const guidance = (id: string, number: number, category: string) => ({
  id,
  filePath: `content/guidance/${String(number).padStart(2, '0')}-${id}.mdx`,
  data: { number, title: `The ${id}`, category, provider: { id: 'office' }, relatedActivities: [], draft: false },
});

beforeEach(() => {
  useCollections({
    event: [
      {
        id: 'event',
        data: {
          name: 'Xiamen Talent Service Month 2023',
          alternativeName: 'Talent Month',
          summary: 'A month for talents.',
          theme: 'Come to Xiamen.',
          edition: 1,
          timeZone: 'Asia/Shanghai',
          window: { opens: '2023-07-06', closes: '2023-08-05' },
          organiser: { collection: 'organisers', id: 'office' },
          figures: [],
        },
      },
    ],
    activities: [
      // Over two days: on both in the agenda and the calendar, counted once.
      activity('fair', 'returnee-services-day', '2023-07-20T09:00:00+08:00', {
        end: new Date('2023-07-21T16:00:00+08:00'),
        status: { state: 'cancelled', reason: 'A typhoon.' },
        category: 'ceremony',
      }),
      activity('talk', 'opening-ceremony', '2023-07-06T09:30:00+08:00', {
        format: 'online',
        venue: undefined,
        onlineUrl: 'https://example.org/live',
      }),
      activity('forum', 'capital-docking-biomedicine', '2023-07-06T14:00:00+08:00'),
    ],
    activityTranslations: [{ id: 'forum', data: { title: '论坛', summary: '论坛简介。' } }],
    venues: [
      {
        id: 'hall',
        filePath: 'content/venues/hall.yaml',
        data: { name: 'Exhibition Hall', address: '1 Road', district: 'siming', coordinates: { lat: 24.45, lng: 118.08 } },
      },
    ],
    venueTranslations: [{ id: 'hall', data: { name: '会展中心', address: '一路1号' } }],
    organisers: [
      { id: 'office', filePath: 'content/organisers/office.yaml', data: { name: 'Talent Office', url: 'https://example.org/' } },
    ],
    organiserTranslations: [{ id: 'office', data: { name: '人才办' } }],
    journeys: [{ id: 'journeys', data: { within: 20, journeys: [{ from: 'siming', to: 'xiangan', minutes: 60 }] } }],
    guidance: [
      guidance('permit', 2, 'entry-and-residence'),
      guidance('loan', 3, 'entrepreneurship'),
      guidance('visa', 1, 'entry-and-residence'),
    ],
  });
});

describe('the agenda', () => {
  test('runs day by day in time order, counts the activities and offers only the values the programme has', async () => {
    const { days, count, facets } = await getAgendaPage('en', new Date('2023-07-01T00:00:00+08:00'));
    expect(days.map(({ day, items }) => [day, items.map((item) => item.activity.id)])).toEqual([
      ['2023-07-06', ['talk', 'forum']],
      ['2023-07-20', ['fair']],
      ['2023-07-21', ['fair']],
    ]);
    expect(days.at(-1)?.items[0]?.span).toEqual({ day: '2023-07-21', part: 'last', number: 2, total: 2 });
    expect(count).toBe(3);
    const format = facets.find((facet) => facet.name === 'format');
    expect(format?.options.map(({ value, count: many }) => [value, many])).toEqual(
      expect.arrayContaining([
        ['in-person', 2],
        ['online', 1],
      ]),
    );
  });

  test('offers every registration state an activity can still reach, counted as at the clock it is given', async () => {
    const { facets } = await getAgendaPage('en', new Date('2023-07-01T00:00:00+08:00'));
    const registration = facets.find((facet) => facet.name === 'registration');
    expect(registration?.legend).toBe('Registration');
    // The cancelled one takes no sign-ups and has no registration state.
    expect(registration?.options.map(({ value, count: many }) => [value, many])).toEqual([['not-needed', 2]]);
  });

  test('names the filters’ values in the page’s language, venues by their translated names', async () => {
    const { facets } = await getAgendaPage('zh-cn', new Date('2023-07-01T00:00:00+08:00'));
    const venue = facets.find((facet) => facet.name === 'venue');
    expect(venue?.options).toEqual([expect.objectContaining({ value: 'hall', label: '会展中心', count: 2 })]);
    const status = facets.find((facet) => facet.name === 'status');
    expect(status?.legend).not.toBe('Status');
    expect(status?.options.map((option) => option.label).join('')).toMatch(/\p{Script=Han}/u);
  });
});

describe('the month calendar', () => {
  test('gives each day its activities (one over two days on both), marks the cancelled one, and lists the categories in use once, sorted', async () => {
    const { activitiesByDay, categories } = await getCalendarPage('zh-cn');
    expect(activitiesByDay.get('2023-07-06')).toEqual([
      { id: 'talk', title: 'The talk', category: 'careers', cancelled: false, dayOf: undefined, continues: false },
      { id: 'forum', title: '论坛', category: 'careers', cancelled: false, dayOf: undefined, continues: false },
    ]);
    expect(activitiesByDay.get('2023-07-20')?.[0]).toMatchObject({ id: 'fair', cancelled: true, dayOf: '第1天，共2天', continues: false });
    expect(activitiesByDay.get('2023-07-21')?.[0]).toMatchObject({ id: 'fair', cancelled: true, dayOf: '第2天，共2天', continues: true });
    expect(categories).toEqual(['careers', 'ceremony']);
  });
});

describe('the guidance list', () => {
  test('groups the items by category in the categories’ order, numbered within, with a filter that counts them', async () => {
    const { sections, total, categoryFacet } = await getGuidanceListPage('en', SITE);
    expect(sections.map(({ category, items }) => [category, items.map((item) => item.id)])).toEqual([
      ['entry-and-residence', ['visa', 'permit']],
      ['entrepreneurship', ['loan']],
    ]);
    expect(total).toBe(3);
    expect(categoryFacet.options.map(({ value, count }) => [value, count])).toEqual([
      ['entry-and-residence', 2],
      ['entrepreneurship', 1],
    ]);
  });

  test('lists every item as structured data, at its address in the language', async () => {
    const { structuredData } = await getGuidanceListPage('zh-cn', SITE);
    expect(JSON.stringify(structuredData)).toContain('https://talent-month.example/zh-cn/guidance/permit/');
    expect(structuredData).toMatchObject({ '@type': 'ItemList', numberOfItems: 3 });
  });
});

describe('My programme', () => {
  test('hands its script each activity’s address, time, place and status in the language, instants as text', async () => {
    const data = await getMyProgrammeData('zh-cn', SITE);
    expect(data.language).toBe('zh-CN');
    expect(data.calendarName).toMatch(/：Xiamen Talent Service Month 2023$/);
    const [talk, forum, fair] = data.activities;
    expect(talk).toMatchObject({ id: 'talk', href: '/zh-cn/programme/talk/', online: { href: 'https://example.org/live' } });
    expect(talk?.where).not.toBe('');
    expect(forum).toMatchObject({ title: '论坛', status: '' });
    expect(forum?.where).toContain('会展中心');
    expect(fair?.status).not.toBe('');
    expect(fair?.event.start).toBe('2023-07-20T01:00:00.000Z');
    // Placeholders stay for the script to fill.
    expect(data.labels.count).toContain('{count}');
  });

  test('hands its script each activity’s travel area and venue, the journey table and the clash warnings’ words', async () => {
    const data = await getMyProgrammeData('zh-cn', SITE);
    const [talk, forum] = data.activities;
    // Online: no journey to make.
    expect(talk).toMatchObject({ area: null });
    expect(talk?.venue).toBeUndefined();
    expect(forum).toMatchObject({ area: 'siming', venue: 'hall' });
    expect(data.journeys).toEqual({ within: 20, journeys: [{ from: 'siming', to: 'xiangan', minutes: 60 }] });
    expect(data.clashes.startsAfter).toContain('{gap}');
    expect(data.clashes.areas).toMatchObject({ siming: '思明区', gulangyu: '鼓浪屿' });
    expect(data.clashes.minutes.other).toBe('{count}分钟');
  });
});

describe('the home page', () => {
  test('names the festival in the other language and links the sections by the keys of their words', async () => {
    const { other, sections } = await getHomePage('en', SITE, new Date('2023-07-01T00:00:00Z'));
    expect(other?.tag).toBe('zh-CN');
    expect(sections[0]).toEqual({ href: '/programme/', label: 'nav.programme', text: 'programme.intro' });
    expect(sections.map((section) => section.href)).toContain('/guidance/');
  });

  test('describes the festival with every activity as a sub-event, offers judged at the time given', async () => {
    const before = (await getHomePage('en', SITE, new Date('2023-07-01T00:00:00Z'))).structuredData;
    expect(before).toMatchObject({ '@type': 'Event', name: 'Xiamen Talent Service Month 2023', organizer: { name: 'Talent Office' } });
    const subEvents = (before as unknown as { subEvent: { url: string }[] }).subEvent;
    expect(subEvents.map((event) => event.url)).toEqual([
      'https://talent-month.example/programme/talk/',
      'https://talent-month.example/programme/forum/',
      'https://talent-month.example/programme/fair/',
    ]);
  });
});
