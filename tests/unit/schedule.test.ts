import { describe, expect, test } from 'vitest';
import { writeFrabXml } from '../../src/lib/frab-xml.ts';
import { guidOf, hoursAndMinutes, scheduleOf, type ScheduleActivity, type ScheduleSource } from '../../src/lib/schedule.ts';
import { scheduleJson } from '../../src/lib/schedule-json.ts';
import { icalDuration, writeXcal } from '../../src/lib/xcal.ts';

const activity = (overrides: Partial<ScheduleActivity>): ScheduleActivity => ({
  id: 'opening-ceremony',
  url: 'https://talent.example/programme/opening-ceremony/',
  title: 'Opening Ceremony',
  summary: 'The month opens.',
  start: new Date('2023-07-06T01:30:00Z'),
  end: new Date('2023-07-06T03:30:00Z'),
  category: 'ceremony',
  state: 'scheduled',
  format: 'in-person',
  languages: ['zh', 'en'],
  venue: { id: 'xiamen-international-conference-center', name: 'Xiamen International Conference Center' },
  organisers: [{ id: 'xiamen-talent-office', name: 'Xiamen Talent Office' }],
  registration: { url: 'https://talent.example/register?a=1&b=2' },
  ...overrides,
});

const source = (activities: ScheduleActivity[]): ScheduleSource => ({
  title: 'Xiamen Talent Service Month 2023',
  acronym: 'xiamentalent2023',
  opens: '2023-07-06',
  closes: '2023-07-08',
  timeZone: 'Asia/Shanghai',
  offsetMinutes: 480,
  home: 'https://talent.example/',
  host: 'talent.example',
  version: '4',
  words: {
    track: (category) => `Track ${category}`,
    type: (format) => `Format ${format}`,
    status: (state) => ({ cancelled: 'Cancelled', postponed: 'Postponed', 'moved-online': 'Moved online' })[state] ?? state,
    online: 'Online',
    activityPage: 'Activity page',
    register: 'Register',
    joinOnline: 'Join online',
    withStatus: (status, text) => `${status}: ${text}`,
  },
  activities,
});

const programme = [
  activity({}),
  activity({
    id: 'typhoon-walk',
    title: 'Gulangyu Walk',
    start: new Date('2023-07-07T00:00:00Z'),
    end: new Date('2023-07-07T02:00:00Z'),
    state: 'cancelled',
    reason: 'Typhoon Talim.',
    registration: { url: 'https://talent.example/walk' },
  }),
  activity({
    id: 'online-briefing',
    title: 'Online Briefing',
    start: new Date('2023-07-07T06:00:00Z'),
    end: new Date('2023-07-07T07:30:00Z'),
    format: 'online',
    venue: undefined,
    onlineUrl: 'https://meet.example/briefing',
    registration: undefined,
  }),
  activity({ id: 'job-fair', title: 'Job Fair', start: new Date('2023-07-07T01:00:00Z'), end: new Date('2023-07-08T08:00:00Z') }),
];

describe('scheduleOf', () => {
  const schedule = scheduleOf(source(programme));
  const events = schedule.days.flatMap((day) => day.rooms.flatMap((room) => room.events));

  test('has every day of the festival, midnight to midnight in Xiamen, each activity once on the day it starts', () => {
    expect(schedule.days.map((day) => [day.index, day.date, day.start, day.end])).toEqual([
      [1, '2023-07-06', '2023-07-06T00:00:00+08:00', '2023-07-07T00:00:00+08:00'],
      [2, '2023-07-07', '2023-07-07T00:00:00+08:00', '2023-07-08T00:00:00+08:00'],
      [3, '2023-07-08', '2023-07-08T00:00:00+08:00', '2023-07-09T00:00:00+08:00'],
    ]);
    expect(events.map((event) => event.activity).sort()).toEqual(['job-fair', 'online-briefing', 'opening-ceremony', 'typhoon-walk']);
    expect(schedule.days[2]?.rooms).toEqual([]);
  });

  test('gives each event its Xiamen date with the offset, its start and its duration as HH:MM, past 24 hours for two days', () => {
    const opening = events.find((event) => event.activity === 'opening-ceremony');
    expect([opening?.date, opening?.start, opening?.duration, opening?.end]).toEqual([
      '2023-07-06T09:30:00+08:00',
      '09:30',
      '02:00',
      '2023-07-06T11:30:00+08:00',
    ]);
    expect(events.find((event) => event.activity === 'job-fair')?.duration).toBe('31:00');
  });

  test('puts venues in rooms by name and online activities in one virtual room, last', () => {
    expect(schedule.days[1]?.rooms.map(({ room, events: inRoom }) => [room.name, inRoom.map((event) => event.activity)])).toEqual([
      ['Xiamen International Conference Center', ['typhoon-walk', 'job-fair']],
      ['Online', ['online-briefing']],
    ]);
    expect(schedule.conference.rooms.map((room) => room.slug)).toEqual(['xiamen-international-conference-center', 'online']);
  });

  test('keeps a cancelled activity, saying so in its title and description, and offers no registration for it', () => {
    const walk = events.find((event) => event.activity === 'typhoon-walk');
    expect(walk?.title).toBe('Cancelled: Gulangyu Walk');
    expect(walk?.description).toBe('The month opens.\n\nCancelled: Typhoon Talim.');
    expect(walk?.links.map((link) => link.title)).toEqual(['Activity page']);
  });

  test('derives guids and ids from the entry, the same at every build, unique, with a slug of the acronym and the id', () => {
    const again = scheduleOf(source(programme)).days.flatMap((day) => day.rooms.flatMap((room) => room.events));
    expect(again.map((event) => event.guid)).toEqual(events.map((event) => event.guid));
    for (const event of events) {
      expect(event.guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(event.id).toBeGreaterThan(0);
      expect(event.slug).toBe(`xiamentalent2023-${event.activity}`);
    }
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    expect(guidOf('opening-ceremony', 'talent.example')).toBe(events.find((event) => event.activity === 'opening-ceremony')?.guid);
    expect(guidOf('opening-ceremony', 'other.example')).not.toBe(guidOf('opening-ceremony', 'talent.example'));
  });
});

describe('durations', () => {
  test('as HH:MM, and as iCalendar durations', () => {
    const start = new Date('2023-07-20T01:00:00Z');
    expect(hoursAndMinutes(start, new Date('2023-07-20T02:30:00Z'))).toBe('01:30');
    expect(icalDuration(start, new Date('2023-07-20T03:00:00Z'))).toBe('PT2H');
    expect(icalDuration(start, new Date('2023-07-20T02:30:00Z'))).toBe('PT1H30M');
    expect(icalDuration(start, new Date('2023-07-21T08:00:00Z'))).toBe('P1DT7H');
    expect(icalDuration(start, new Date('2023-07-21T01:00:00Z'))).toBe('P1D');
  });
});

describe('the formats', () => {
  const schedule = scheduleOf(source(programme));

  test('frab XML escapes text and addresses, and writes an event’s elements in the schema’s order', () => {
    const xml = writeFrabXml(scheduleOf(source([activity({ title: 'Talks & <b>more</b>' })])), 'https://talent.example/schedule.xml');
    expect(xml).toContain('<title>Talks &amp; &lt;b&gt;more&lt;/b&gt;</title>');
    expect(xml).toContain('<link href="https://talent.example/register?a=1&amp;b=2">Register</link>');
    const order = [...(/<event [^>]*>([\s\S]*?)<\/event>/.exec(xml)?.[1] ?? '').matchAll(/^\s*<([a-z_]+)/gm)].map((match) => match[1]);
    expect(order).toEqual([
      'room',
      'title',
      'subtitle',
      'type',
      'date',
      'start',
      'duration',
      'abstract',
      'slug',
      'track',
      'persons',
      'language',
      'description',
      'links',
      'url',
    ]);
    expect(xml).toContain('<day index="3" date="2023-07-08" start="2023-07-08T00:00:00+08:00" end="2023-07-09T00:00:00+08:00"/>');
  });

  test('the c3voc JSON lists each day’s events under their room’s name', () => {
    const json = scheduleJson(schedule);
    expect(json.schedule.conference.daysCount).toBe(3);
    expect(Object.keys(json.schedule.conference.days[1]?.rooms ?? {})).toEqual(['Xiamen International Conference Center', 'Online']);
    expect(json.schedule.conference.rooms.at(-1)).toMatchObject({ name: 'Online', type: 'online' });
  });

  test('xCal gives instants in UTC, the calendar files’ UIDs and a cancelled activity’s status', () => {
    const xcal = writeXcal(schedule, { description: 'Every activity.', uidOf: (id) => `${id}@talent.example` });
    expect(xcal).toContain('<uid>opening-ceremony@talent.example</uid>');
    expect(xcal).toContain('<dtstart>20230706T013000Z</dtstart>');
    expect(xcal).toContain('<dtend>20230706T033000Z</dtend>');
    expect(/<vevent>(?:(?!<\/vevent>)[\s\S])*typhoon-walk(?:(?!<\/vevent>)[\s\S])*<\/vevent>/.exec(xcal)?.[0]).toContain(
      '<status>CANCELLED</status>',
    );
    expect(xcal.match(/<vevent>/g)).toHaveLength(4);
  });
});
