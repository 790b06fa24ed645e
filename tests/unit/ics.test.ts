import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { escapeText, foldLine, icsDateTime, reminderTrigger, writeCalendar, type IcsEvent } from '../../src/lib/ics.ts';

const event: IcsEvent = {
  uid: 'opening-ceremony@talent-month.example',
  start: new Date('2023-07-06T09:30:00+08:00'),
  end: new Date('2023-07-06T11:30:00+08:00'),
  title: 'Opening Ceremony; Talent Month, 2023',
  description:
    'Line one\nLine two with a backslash \\ and 厦门人才服务月 in Chinese, long enough to be folded over several lines of the file.',
  location: 'Xiamen International Conference Center, 198 Huizhan Road, Xiamen',
  geo: { lat: 24.4811, lng: 118.1965 },
  url: 'https://talent-month.example/programme/opening-ceremony/',
  status: 'CANCELLED',
  lastModified: new Date('2023-07-01T08:00:00Z'),
  sequence: 3,
  categories: ['Ceremonies'],
};

describe('icsDateTime', () => {
  test('returns the instant in UTC basic format', () => {
    expect(icsDateTime(new Date('2023-07-06T09:30:00+08:00'))).toBe('20230706T013000Z');
  });
});

describe('escapeText', () => {
  test('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});

describe('foldLine', () => {
  test('returns short lines unchanged', () => {
    expect(foldLine('SUMMARY:Short')).toBe('SUMMARY:Short');
  });

  test('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `DESCRIPTION:${'厦门'.repeat(40)}`;
    const folded = foldLine(line).split('\r\n');
    for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });
});

describe('writeCalendar', () => {
  const text = writeCalendar({ name: 'Talent Month 2023', events: [event] });

  test('returns CRLF line ends only, no line over 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  test('returns a file an independent parser reads back to the same event', () => {
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Talent Month 2023');
    const [vevent] = calendar.getAllSubcomponents('vevent');
    if (!vevent) throw new Error('no VEVENT');
    const parsed = new ICAL.Event(vevent);
    expect(parsed.uid).toBe(event.uid);
    expect(parsed.summary).toBe(event.title);
    expect(parsed.description).toBe(event.description);
    expect(parsed.location).toBe(event.location);
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2023-07-06T01:30:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2023-07-06T03:30:00.000Z');
    expect(parsed.startDate.zone.tzid).toBe('UTC');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(3);
    expect(vevent.getFirstPropertyValue('geo')).toEqual([24.4811, 118.1965]);
    expect(vevent.getFirstPropertyValue('url')).toBe(event.url);
    expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2023-07-01T08:00:00Z');
  });

  test('marks the text properties with the calendar’s language, and folds Chinese between characters', () => {
    const chinese = writeCalendar({
      name: '2023厦门人才服务月',
      language: 'zh-CN',
      events: [
        {
          ...event,
          title: '2023厦门人才服务月开幕式',
          description: '人才服务月以开幕式拉开序幕。'.repeat(6),
          location: '厦门国际会议中心',
        },
      ],
    });
    for (const name of ['SUMMARY', 'DESCRIPTION', 'LOCATION']) expect(chinese).toContain(`\r\n${name};LANGUAGE=zh-CN:`);
    for (const line of chinese.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const [vevent] = new ICAL.Component(ICAL.parse(chinese) as unknown[]).getAllSubcomponents('vevent');
    if (!vevent) throw new Error('no VEVENT');
    expect(new ICAL.Event(vevent).description).toBe('人才服务月以开幕式拉开序幕。'.repeat(6));
    expect(vevent.getFirstProperty('summary')?.getParameter('language')).toBe('zh-CN');
  });

  test('returns one event spanning both days for an activity over two days, read back with its start, end and duration', () => {
    const fair: IcsEvent = {
      ...event,
      uid: 'international-talent-job-fair@talent-month.example',
      start: new Date('2023-07-20T09:00:00+08:00'),
      end: new Date('2023-07-21T16:00:00+08:00'),
      status: 'CONFIRMED',
    };
    const calendar = new ICAL.Component(ICAL.parse(writeCalendar({ name: 'Talent Month 2023', events: [fair] })) as unknown[]);
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(1);
    const parsed = new ICAL.Event(vevents[0]);
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2023-07-20T01:00:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2023-07-21T08:00:00.000Z');
    // 09:00 on the first day to 16:00 on the second: one day and seven hours.
    expect(parsed.duration.toSeconds()).toBe((24 + 7) * 3600);
    expect(parsed.duration.toString()).toBe('P1DT7H');
    expect(parsed.isRecurring()).toBe(false);
  });
});

describe('reminderTrigger', () => {
  test('returns the time before the start as a duration in the largest whole unit', () => {
    expect(reminderTrigger(15)).toBe('-PT15M');
    expect(reminderTrigger(60)).toBe('-PT1H');
    expect(reminderTrigger(90)).toBe('-PT90M');
    expect(reminderTrigger(1440)).toBe('-P1D');
  });
});

describe('reminders', () => {
  const scheduled: IcsEvent = { ...event, status: 'CONFIRMED' };

  test('writes a display alarm that an independent parser reads as that long before the start', () => {
    for (const [minutes, seconds] of [
      [15, -900],
      [60, -3600],
      [1440, -86_400],
    ] as const) {
      const text = writeCalendar({ name: 'Mine', language: 'zh-CN', events: [{ ...scheduled, reminderMinutes: minutes }] });
      const [vevent] = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent');
      const [alarm] = vevent?.getAllSubcomponents('valarm') ?? [];
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(alarm?.getFirstPropertyValue('description')).toBe(scheduled.title);
      const trigger = alarm?.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration>;
      expect(trigger.toSeconds()).toBe(seconds);
    }
  });

  test('writes no alarm without a reminder, nor for a cancelled event', () => {
    expect(writeCalendar({ name: 'Mine', events: [scheduled] })).not.toContain('BEGIN:VALARM');
    expect(writeCalendar({ name: 'Mine', events: [{ ...event, reminderMinutes: 60 }] })).not.toContain('BEGIN:VALARM');
  });
});
