import { describe, expect, test } from 'vitest';
import { activityEvent, festivalEvent, inLanguage, itemList, withOffset, type ActivityInput } from '../../src/lib/structured-data.ts';

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
  registration: { url: 'https://example.org/register', deadline: new Date('2023-07-18T18:00:00+08:00') },
  languages: ['zh', 'en'],
};

describe('withOffset', () => {
  test('returns the local time with its offset', () => {
    expect(withOffset(new Date('2023-07-06T01:30:00Z'), 480)).toBe('2023-07-06T09:30:00+08:00');
    expect(withOffset(new Date('2023-07-06T01:30:00Z'), -300)).toBe('2023-07-05T20:30:00-05:00');
  });
});

describe('activityEvent', () => {
  test('returns Google’s required and recommended Event properties', () => {
    const event = activityEvent(activity);
    expect(event).toMatchObject({
      '@type': 'Event',
      name: 'International Talent Job Fair',
      startDate: '2023-07-20T09:00:00+08:00',
      endDate: '2023-07-20T16:00:00+08:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Exhibition Center', address: { '@type': 'PostalAddress', addressCountry: 'CN' } },
      organizer: [{ '@type': 'Organization', name: 'Xiamen HRSS Bureau' }],
      offers: { '@type': 'Offer', url: 'https://example.org/register', availabilityEnds: '2023-07-18T18:00:00+08:00' },
      description: 'Meet employers.',
    });
  });

  test('returns a cancelled status, and a previous start for a rescheduled activity', () => {
    expect(activityEvent({ ...activity, state: 'cancelled' }).eventStatus).toBe('https://schema.org/EventCancelled');
    const moved = activityEvent({ ...activity, state: 'rescheduled', previousStart: new Date('2023-07-15T09:00:00+08:00') });
    expect(moved.eventStatus).toBe('https://schema.org/EventRescheduled');
    expect(moved.previousStartDate).toBe('2023-07-15T09:00:00+08:00');
  });

  test('returns a virtual location for online and moved-online activities, both for hybrid ones', () => {
    const online = activityEvent({ ...activity, format: 'online', venue: undefined, onlineUrl: 'https://live.example.org/' });
    expect(online.location).toEqual({ '@type': 'VirtualLocation', url: 'https://live.example.org/' });
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(activityEvent({ ...activity, state: 'moved-online' }).eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    const hybrid = activityEvent({ ...activity, format: 'hybrid' });
    expect(hybrid.location).toHaveLength(2);
  });
});

describe('festivalEvent', () => {
  test('returns the festival with its activities as subEvents', () => {
    const festival = festivalEvent({
      name: 'Xiamen Talent Service Month 2023',
      alternateName: 'Overseas Students Return to Xiamen',
      description: 'A month.',
      url: 'https://example.org/',
      opens: '2023-07-06',
      closes: '2023-08-05',
      organiser: { name: 'Talent office' },
      activities: [{ title: 'Opening', url: 'https://example.org/programme/opening/', start: activity.start, end: activity.end }],
    });
    expect(festival).toMatchObject({ startDate: '2023-07-06', endDate: '2023-08-05', subEvent: [{ '@type': 'Event', name: 'Opening' }] });
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
    expect(inLanguage({ '@type': 'Event', name: '开幕式' }, 'zh-CN')).toEqual({ '@type': 'Event', name: '开幕式', inLanguage: 'zh-CN' });
  });
});
