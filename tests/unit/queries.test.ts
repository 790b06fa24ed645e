/**
 * The queries and page data on collections given in the test: the translation overlay, drafts
 * left out, the programme joined to its venues and organisers, and links counted both ways.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { getActivityDetails, getNeighbours } from '../../src/lib/page-data/activity-page.ts';
import { getProgramme } from '../../src/lib/queries/activities.ts';
import { getGuidanceList } from '../../src/lib/queries/guidance.ts';
import { localise } from '../../src/lib/queries/localise.ts';
import { getPublished } from '../../src/lib/queries/published.ts';
import { useCollections } from '../support/astro-content.ts';
import { activityEntry } from '../support/entries.ts';

const activity = (id: string, start: string, data: Record<string, unknown> = {}) => activityEntry(id, start, data);

beforeEach(() => {
  useCollections({
    activities: [
      activity('fair', '2023-07-20T09:00:00+08:00', {
        status: { state: 'postponed', reason: 'A typhoon.' },
        relatedGuidance: [{ id: 'permit' }],
      }),
      activity('opening', '2023-07-06T09:30:00+08:00'),
      activity('hidden', '2023-07-10T09:00:00+08:00', { draft: true }),
    ],
    activityTranslations: [
      {
        id: 'fair',
        filePath: 'content/activities/zh-cn/fair.mdx',
        body: '中文正文。',
        data: { title: '招聘会', summary: '中文摘要。', statusReason: '台风。', translatedFrom: 'en-000000000000' },
      },
    ],
    venues: [
      { id: 'hall', filePath: 'content/venues/hall.yaml', data: { name: 'Exhibition Hall', address: '1 Road', district: 'siming' } },
    ],
    venueTranslations: [{ id: 'hall', data: { name: '会展中心', address: '一路1号' } }],
    organisers: [{ id: 'office', filePath: 'content/organisers/office.yaml', data: { name: 'Talent Office' } }],
    guidance: [
      {
        id: 'permit',
        filePath: 'content/guidance/02-permit.mdx',
        data: { number: 2, title: 'Work permit', relatedActivities: [], draft: false },
      },
      {
        id: 'bank',
        filePath: 'content/guidance/01-bank.mdx',
        data: { number: 1, title: 'Bank account', relatedActivities: [{ id: 'opening' }], draft: false },
      },
    ],
  });
});

describe('localise', () => {
  test('keeps English entries as they are, marked English, dated by their own file', async () => {
    const [fair] = await getPublished('activities', 'en');
    expect(fair).toMatchObject({ id: 'fair', textLocale: 'en', sourcePath: 'content/activities/fair.mdx' });
    expect(fair?.data.title).toBe('The fair');
  });

  test('lays a translation over its entry: its text and body, the English facts, the reason inside the status', async () => {
    const [fair, opening] = await getPublished('activities', 'zh-cn');
    expect(fair).toMatchObject({ textLocale: 'zh-cn', sourcePath: 'content/activities/fair.mdx', body: '中文正文。' });
    expect(fair?.data).toMatchObject({
      title: '招聘会',
      summary: '中文摘要。',
      category: 'forum',
      status: { state: 'postponed', reason: '台风。' },
    });
    expect(fair?.data).not.toHaveProperty('translatedFrom');
    // No translation: the English text, marked as English, so its page can say so.
    expect(opening).toMatchObject({ textLocale: 'en', data: { title: 'The opening' } });
  });

  test('returns nothing for no entries', async () => {
    expect(await localise([], 'zh-cn')).toEqual([]);
  });
});

describe('the programme', () => {
  test('leaves drafts out, runs in time order, and joins each activity to its venue and organisers in the language', async () => {
    const programme = await getProgramme('zh-cn');
    expect(programme.map((item) => item.activity.id)).toEqual(['opening', 'fair']);
    expect(programme[0]?.venue?.data.name).toBe('会展中心');
    expect(programme[0]?.organisers.map((organiser) => organiser.data.name)).toEqual(['Talent Office']);
    expect(programme[0]?.facets.district).toEqual(['siming']);
  });

  test('lists guidance in number order', async () => {
    expect((await getGuidanceList('en')).map((item) => item.id)).toEqual(['bank', 'permit']);
  });
});

describe('activity page data', () => {
  test('links guidance from either side, and gives the activities before and after', async () => {
    const programme = await getProgramme('en');
    const [opening, fair] = programme.map((item) => item.activity);
    if (!opening || !fair) throw new Error('the programme lost an activity');
    // The fair names the permit; the bank item names the opening.
    expect((await getActivityDetails(fair, 'en')).guidance.map((item) => item.id)).toEqual(['permit']);
    expect((await getActivityDetails(opening, 'en')).guidance.map((item) => item.id)).toEqual(['bank']);
    expect(await getNeighbours(opening, 'en')).toMatchObject({ previous: undefined, next: { id: 'fair' } });
  });
});
