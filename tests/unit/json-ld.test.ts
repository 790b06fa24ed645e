import { describe, expect, test } from 'vitest';
import {
  activityEvent,
  festivalEvent,
  inLanguage,
  itemList,
  offerAvailability,
  organiserOrganization,
  venuePlace,
  withOffset,
  type ActivityInput,
} from '../../src/lib/json-ld.ts';

const activity: ActivityInput = {
  url: 'https://example.org/programme/job-fair/',
  title: 'International Talent Job Fair',
  summary: 'Meet employers.',
  start: new Date('2023-07-20T09:00:00+08:00'),
  end: new Date('2023-07-20T16:00:00+08:00'),
  state: 'scheduled',
  format: 'in-person',
  venue: {
    name: 'Exhibition Center',
    address: '198 Huizhan Road, Siming District, Xiamen',
    district: 'siming',
    coordinates: { lat: 24.47, lng: 118.19 },
  },
  organisers: [{ name: 'Xiamen HRSS Bureau' }],
  registration: { url: 'https://example.org/register', deadline: new Date('2023-07-18T18:00:00+08:00'), required: true },
  languages: ['zh', 'en'],
  images: ['https://example.org/og/programme/job-fair.png'],
};
/** A week before the job fair, while registration is open. */
const BEFORE = new Date('2023-07-13T12:00:00+08:00');

describe('withOffset', () => {
  test('returns the local time with its offset', () => {
    expect(withOffset(new Date('2023-07-06T01:30:00Z'), 480)).toBe('2023-07-06T09:30:00+08:00');
    expect(withOffset(new Date('2023-07-06T01:30:00Z'), -300)).toBe('2023-07-05T20:30:00-05:00');
  });
});

describe('activityEvent', () => {
  test('returns Google’s required and recommended Event properties', () => {
    const event = activityEvent(activity, BEFORE);
    expect(event).toMatchObject({
      '@type': 'Event',
      name: 'International Talent Job Fair',
      startDate: '2023-07-20T09:00:00+08:00',
      endDate: '2023-07-20T16:00:00+08:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Exhibition Center', address: { '@type': 'PostalAddress', addressCountry: 'CN' } },
      organizer: [{ '@type': 'Organization', name: 'Xiamen HRSS Bureau' }],
      offers: {
        '@type': 'Offer',
        url: 'https://example.org/register',
        availability: 'https://schema.org/InStock',
        availabilityEnds: '2023-07-18T18:00:00+08:00',
      },
      description: 'Meet employers.',
      image: ['https://example.org/og/programme/job-fair.png'],
    });
  });

  test('returns a cancelled status, and a previous start for a rescheduled activity', () => {
    expect(activityEvent({ ...activity, state: 'cancelled' }, BEFORE).eventStatus).toBe('https://schema.org/EventCancelled');
    const moved = activityEvent({ ...activity, state: 'rescheduled', previousStart: new Date('2023-07-15T09:00:00+08:00') }, BEFORE);
    expect(moved.eventStatus).toBe('https://schema.org/EventRescheduled');
    expect(moved.previousStartDate).toBe('2023-07-15T09:00:00+08:00');
  });

  test('returns a virtual location for online and moved-online activities, both for hybrid ones', () => {
    const online = activityEvent({ ...activity, format: 'online', venue: undefined, onlineUrl: 'https://live.example.org/' }, BEFORE);
    expect(online.location).toEqual({ '@type': 'VirtualLocation', url: 'https://live.example.org/' });
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(activityEvent({ ...activity, state: 'moved-online' }, BEFORE).eventAttendanceMode).toBe(
      'https://schema.org/OnlineEventAttendanceMode',
    );
    const hybrid = activityEvent({ ...activity, format: 'hybrid' }, BEFORE);
    expect(hybrid.location).toHaveLength(2);
  });
});

describe('offerAvailability', () => {
  test('offers a place while registration is open, none once it has closed, the activity is over or cancelled', () => {
    expect(offerAvailability(activity, BEFORE)).toBe('https://schema.org/InStock');
    expect(offerAvailability(activity, new Date('2023-07-18T18:00:00+08:00'))).toBe('https://schema.org/SoldOut');
    expect(
      offerAvailability(
        { ...activity, registration: { url: 'https://example.org/register', required: true } },
        new Date('2023-07-20T16:00:00+08:00'),
      ),
    ).toBe('https://schema.org/SoldOut');
    expect(offerAvailability({ ...activity, state: 'cancelled' }, BEFORE)).toBe('https://schema.org/Discontinued');
  });

  test('follows the registration state: few left when closing soon, none when full, a back order with a waiting list', () => {
    const full = { ...activity.registration, url: 'https://example.org/register', required: true, full: true };
    expect(offerAvailability(activity, new Date('2023-07-17T12:00:00+08:00'))).toBe('https://schema.org/LimitedAvailability');
    expect(offerAvailability({ ...activity, registration: full }, BEFORE)).toBe('https://schema.org/SoldOut');
    expect(offerAvailability({ ...activity, registration: { ...full, waitingList: 'https://example.org/wait' } }, BEFORE)).toBe(
      'https://schema.org/BackOrder',
    );
    // Walk-in: a place for everyone until it ends.
    expect(offerAvailability({ ...activity, registration: { ...full, full: false, required: false } }, BEFORE)).toBe(
      'https://schema.org/InStock',
    );
  });
});

describe('festivalEvent', () => {
  test('returns the festival with each activity as a subEvent, complete but for the coordinates its own page gives', () => {
    const festival = festivalEvent(
      {
        name: 'Xiamen Talent Service Month 2023',
        alternateName: 'Overseas Students Return to Xiamen',
        description: 'A month.',
        url: 'https://example.org/',
        opens: '2023-07-06',
        closes: '2023-08-05',
        organiser: { name: 'Talent office' },
        image: 'https://example.org/og/index.png',
        activities: [activity, { ...activity, state: 'cancelled' }],
      },
      BEFORE,
    );
    expect(festival).toMatchObject({ startDate: '2023-07-06', endDate: '2023-08-05', image: ['https://example.org/og/index.png'] });
    const nested = (input: ActivityInput): Record<string, unknown> => {
      const event: Record<string, unknown> = { ...activityEvent(input, BEFORE) };
      delete event['@context'];
      const { geo, ...listed } = event.location as Record<string, unknown>;
      expect(geo).toMatchObject({ '@type': 'GeoCoordinates' });
      return { ...event, location: listed };
    };
    expect(festival.subEvent).toEqual([nested(activity), nested({ ...activity, state: 'cancelled' })]);
  });
});

describe('itemList', () => {
  test('returns positions from 1', () => {
    expect(itemList('Guidance', [{ name: 'A', url: 'https://example.org/a/' }]).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'A', url: 'https://example.org/a/' },
    ]);
  });
});

describe('inLanguage', () => {
  test('marks the top-level item with the page language and keeps the rest', () => {
    expect(inLanguage({ '@context': 'https://schema.org', '@type': 'Event', name: '开幕式' }, 'zh-CN')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: '开幕式',
      inLanguage: 'zh-CN',
    });
  });
});

describe('venuePlace', () => {
  test('returns the venue as a Place with its address in Xiamen, its coordinates and its page', () => {
    const hall = {
      name: 'Exhibition Center',
      address: '198 Huizhan Road, Siming District, Xiamen',
      district: 'siming',
      coordinates: { lat: 24.47, lng: 118.19 },
    };
    expect(venuePlace({ ...hall, url: 'https://example.org/venues/hall/' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Place',
      name: 'Exhibition Center',
      url: 'https://example.org/venues/hall/',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '198 Huizhan Road, Siming District, Xiamen',
        addressLocality: 'Xiamen',
        addressRegion: 'Fujian',
        addressCountry: 'CN',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 24.47, longitude: 118.19 },
    });
  });
});

describe('organiserOrganization', () => {
  test('returns the organiser as an Organization, with its site and description only where it has them', () => {
    const page = 'https://example.org/organisers/bureau/';
    expect(organiserOrganization({ name: 'Bureau', page })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Bureau',
      mainEntityOfPage: page,
    });
    expect(organiserOrganization({ name: 'Bureau', page, url: 'https://bureau.example/', about: 'Runs things.' })).toMatchObject({
      url: 'https://bureau.example/',
      description: 'Runs things.',
    });
  });
});
