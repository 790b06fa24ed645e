/**
 * The venues and organisers that have pages, with what each page lists, on collections given in
 * the test: only those a published entry names, each activity under its venue and organisers,
 * still to come first, and the Chinese name and address for the taxi card on every page.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { getOrganiserListPage } from '../../src/lib/page-data/organiser-list-page.ts';
import { getOrganiserDetails } from '../../src/lib/page-data/organiser-page.ts';
import { getVenueListPage } from '../../src/lib/page-data/venue-list-page.ts';
import { getVenueDetails } from '../../src/lib/page-data/venue-page.ts';
import { getOrganisersInUse } from '../../src/lib/queries/organisers.ts';
import { getVenuesInUse } from '../../src/lib/queries/venues.ts';
import { useCollections } from '../support/astro-content.ts';
import { activityEntry } from '../support/entries.ts';

const access = { stepFreeEntrance: 'yes', accessibleToilet: 'unknown', hearingLoop: 'no', seating: 'yes', quietRoom: 'unknown' };
const venue = (id: string, name: string, district = 'siming') => ({
  id,
  filePath: `content/venues/${id}.yaml`,
  data: { name, address: `1 ${name} Road`, district, coordinates: { lat: 24.45, lng: 118.08 }, access },
});
const organiser = (id: string, name: string) => ({ id, filePath: `content/organisers/${id}.yaml`, data: { name, kind: 'government' } });

beforeEach(() => {
  useCollections({
    activities: [
      activityEntry('late', '2023-07-20T09:00:00+08:00', { organisers: [{ id: 'office' }, { id: 'bureau' }] }),
      activityEntry('early', '2023-07-06T09:30:00+08:00'),
      activityEntry('elsewhere', '2023-07-10T09:00:00+08:00', { venue: { id: 'library' } }),
      activityEntry('online', '2023-07-12T09:00:00+08:00', { venue: undefined, format: 'online' }),
      activityEntry('hidden', '2023-07-11T09:00:00+08:00', { venue: { id: 'museum' }, organisers: [{ id: 'society' }], draft: true }),
    ],
    venues: [venue('hall', 'Exhibition Hall', 'huli'), venue('library', 'City Library'), venue('museum', 'Piano Museum')],
    venueTranslations: [{ id: 'hall', data: { name: '会展中心', address: '厦门市思明区会展路1号' } }],
    organisers: [organiser('office', 'Talent Office'), organiser('bureau', 'Another Bureau'), organiser('society', 'Quiet Society')],
    guidance: [
      {
        id: 'permit',
        filePath: 'content/guidance/01-permit.mdx',
        data: { number: 1, title: 'Work permit', relatedActivities: [], provider: { id: 'bureau' }, draft: false },
      },
    ],
  });
});

describe('getVenuesInUse', () => {
  test('returns the venues a published activity is held at, by name, each with its activities in time order', async () => {
    const venues = await getVenuesInUse('en');
    expect(venues.map(({ venue: place, items }) => [place.id, items.map((item) => item.activity.id)])).toEqual([
      ['library', ['elsewhere']],
      ['hall', ['early', 'late']],
    ]);
  });
});

describe('getOrganisersInUse', () => {
  test('returns the organisers of published activities and the providers of guidance, by name, with both lists', async () => {
    const organisers = await getOrganisersInUse('en');
    expect(
      organisers.map(({ organiser: body, items, guidance }) => [
        body.id,
        items.map((item) => item.activity.id),
        guidance.map((item) => item.id),
      ]),
    ).toEqual([
      ['bureau', ['late'], ['permit']],
      ['office', ['early', 'elsewhere', 'online', 'late'], []],
    ]);
  });
});

describe('getVenueDetails', () => {
  test('lists what is still to come first, then what is over, by the clock it is given', async () => {
    const [, hall] = await getVenuesInUse('en');
    if (!hall) throw new Error('the hall has a page');
    const details = await getVenueDetails(hall, new Date('2023-07-10T00:00:00+08:00'));
    expect(details.items.map((item) => item.activity.id)).toEqual(['late', 'early']);
  });

  test('gives the Chinese name and address for the taxi card on the English page, and the access answers in order', async () => {
    const [library, hall] = await getVenuesInUse('en');
    if (!hall || !library) throw new Error('both venues have pages');
    const details = await getVenueDetails(hall, new Date('2023-07-10T00:00:00+08:00'));
    expect(details.taxi).toEqual({ name: '会展中心', address: '厦门市思明区会展路1号' });
    expect(details.access).toEqual([
      { feature: 'stepFreeEntrance', answer: 'yes' },
      { feature: 'accessibleToilet', answer: 'unknown' },
      { feature: 'hearingLoop', answer: 'no' },
      { feature: 'seating', answer: 'yes' },
      { feature: 'quietRoom', answer: 'unknown' },
    ]);
    expect(details.links.amap).toMatch(/^https:\/\/uri\.amap\.com\/marker\?position=118\.08\d*,24\.44\d*/);
    // No Chinese translation: no card that would show English to a driver.
    expect((await getVenueDetails(library, new Date())).taxi).toBeUndefined();
  });
});

describe('getOrganiserDetails', () => {
  test('lists the organiser’s activities still to come first, and its guidance', async () => {
    const [, office] = await getOrganisersInUse('en');
    if (!office) throw new Error('the office has a page');
    const details = getOrganiserDetails(office, new Date('2023-07-11T00:00:00+08:00'));
    expect(details.items.map((item) => item.activity.id)).toEqual(['online', 'late', 'elsewhere', 'early']);
    expect(details.guidance).toEqual([]);
  });
});

describe('getVenueListPage', () => {
  test('returns the venues district by district in the districts’ order, and the map’s points in the same order', async () => {
    const { districts, points } = await getVenueListPage('en');
    expect(districts.map(({ key, items }) => [key, items.map(({ venue: place }) => place.id)])).toEqual([
      ['siming', ['library']],
      ['huli', ['hall']],
    ]);
    expect(points.map((point) => [point.id, point.href])).toEqual([
      ['library', '/venues/library/'],
      ['hall', '/venues/hall/'],
    ]);
  });
});

describe('getOrganiserListPage', () => {
  test('returns the organisers of one kind with a line counting their activities and guidance', async () => {
    const [government] = await getOrganiserListPage('en');
    expect(government?.kind).toBe('government');
    expect(government?.entries.map(({ organiser, counts }) => [organiser.id, counts])).toEqual([
      ['bureau', '1 activity and 1 guidance item'],
      ['office', '4 activities'],
    ]);
  });
});
