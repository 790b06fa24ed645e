import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { calendarEvent, locationOf } from '../../src/lib/calendar-event.ts';
import { googleCalendarLink, outlookCalendarLink, webcalLink } from '../../src/lib/calendar-links.ts';
import { writeCalendar } from '../../src/lib/ics.ts';

const linkEvent = {
  title: 'Opening Ceremony',
  start: new Date('2023-07-06T09:30:00+08:00'),
  end: new Date('2023-07-06T11:30:00+08:00'),
  description: 'The month begins.',
  location: 'Xiamen International Conference Center',
};

describe('googleCalendarLink', () => {
  test('returns a create-event link with the times in UTC', () => {
    const url = new URL(googleCalendarLink(linkEvent));
    expect(url.origin).toBe('https://calendar.google.com');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('text')).toBe('Opening Ceremony');
    expect(url.searchParams.get('dates')).toBe('20230706T013000Z/20230706T033000Z');
    expect(url.searchParams.get('location')).toBe('Xiamen International Conference Center');
  });
});

describe('outlookCalendarLink', () => {
  test('returns a compose link with ISO times in UTC', () => {
    const url = new URL(outlookCalendarLink(linkEvent));
    expect(url.searchParams.get('startdt')).toBe('2023-07-06T01:30:00.000Z');
    expect(url.searchParams.get('enddt')).toBe('2023-07-06T03:30:00.000Z');
    expect(url.searchParams.get('subject')).toBe('Opening Ceremony');
  });
});

describe('webcalLink', () => {
  test('returns the webcal form of an https address', () => {
    expect(webcalLink(new URL('https://example.org/programme.ics'))).toBe('webcal://example.org/programme.ics');
  });
});

const source = {
  id: 'family-day',
  title: 'Family Day',
  summary: 'A day out.',
  start: new Date('2023-07-29T10:00:00+08:00'),
  end: new Date('2023-07-29T16:00:00+08:00'),
  status: { state: 'cancelled', reason: 'A typhoon warning.' },
  category: 'culture',
  venue: { name: 'Xiamen Botanical Garden', address: '25 Huyuan Road, Siming District, Xiamen', coordinates: { lat: 24.45, lng: 118.11 } },
  organisers: ['Xiamen Talent Service Center'],
};
const options = {
  url: 'https://example.org/programme/family-day/',
  site: new URL('https://example.org/'),
  categoryLabel: 'Culture and community',
  statusLabel: 'Cancelled',
  onlineLabel: 'Online',
  organisedBy: 'Organised by',
  revision: { lastModified: new Date('2023-07-28T09:00:00Z'), sequence: 2 },
};

describe('activityEvent', () => {
  test('returns an event with a UID from the id and the site, the status, location and geo', () => {
    const event = calendarEvent(source, options);
    expect(event.uid).toBe('family-day@example.org');
    expect(event.status).toBe('CANCELLED');
    expect(event.location).toBe('Xiamen Botanical Garden, 25 Huyuan Road, Siming District, Xiamen');
    expect(event.geo).toEqual({ lat: 24.45, lng: 118.11 });
    expect(event.description).toContain('Cancelled: A typhoon warning.');
    expect(event.description).toContain('Organised by: Xiamen Talent Service Center');
    expect(event.sequence).toBe(2);
  });

  test('says the status and its reason in the text’s language, with its punctuation', () => {
    const chinese = calendarEvent(
      { ...source, status: { state: 'cancelled', reason: '受台风影响。' } },
      { ...options, statusLabel: '已取消', languageTag: 'zh-CN' },
    );
    expect(chinese.description).toContain('已取消：受台风影响。');
    expect(chinese.description).not.toContain('cancelled');
  });

  test('lists the organisers with the punctuation of the text’s language', () => {
    const organisers = ['厦门市外事办公室', '厦门国际人才服务站', '厦门市欧美同学会'];
    const chinese = calendarEvent({ ...source, organisers }, { ...options, organisedBy: '主办单位', languageTag: 'zh-CN' });
    expect(chinese.description).toContain('主办单位：厦门市外事办公室、厦门国际人才服务站和厦门市欧美同学会');
    const english = calendarEvent({ ...source, organisers: ['A', 'B', 'C'] }, options);
    expect(english.description).toContain('Organised by: A, B and C');
  });

  test('returns a tentative event for a postponed activity and a confirmed one otherwise', () => {
    expect(calendarEvent({ ...source, status: { state: 'postponed' } }, options).status).toBe('TENTATIVE');
    expect(calendarEvent({ ...source, status: { state: 'rescheduled' } }, options).status).toBe('CONFIRMED');
  });

  test('round-trips through a calendar file', () => {
    const [vevent] = new ICAL.Component(
      ICAL.parse(writeCalendar({ name: 'Test', events: [calendarEvent(source, options)] })) as unknown[],
    ).getAllSubcomponents('vevent');
    if (!vevent) throw new Error('no VEVENT');
    expect(new ICAL.Event(vevent).startDate.toJSDate().toISOString()).toBe('2023-07-29T02:00:00.000Z');
  });
});

describe('locationOf', () => {
  test('returns "Online" with the link for an activity without a venue', () => {
    expect(locationOf({ onlineUrl: 'https://live.example.org/' }, 'Online')).toBe('Online: https://live.example.org/');
  });
});
