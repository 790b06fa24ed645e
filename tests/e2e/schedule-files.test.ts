/**
 * The schedule files for the apps (/schedule.xml, /schedule.json, /schedule.xcal in each
 * language), checked by the rules of their formats as the c3voc project publishes them
 * (voc/schedule: validator/xsd/schedule.xml.xsd and validator/json/schema.json), written here as
 * tests: the XML is well-formed for xmllint and has every required element and attribute, in the
 * schema's order, with values of the schema's types; the JSON passes a JSON Schema the project
 * wrote for what it emits (tests/schemas/schedule-json.schema.json); and each file, read back,
 * has every activity once, at the instant its content file gives.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'yaml';
import scheduleSchema from '../schemas/schedule-json.schema.json' with { type: 'json' };
import { expect, test } from './support/test.ts';
import { LANGUAGES } from './support/languages.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'dist');
const ACTIVITIES = resolve(ROOT, 'content/activities');

/** Each activity's id, start and end, as its content file gives them. */
const activities = readdirSync(ACTIVITIES)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(resolve(ACTIVITIES, name), 'utf8'))?.[1] ?? '') as Record<string, unknown>;
    const status = data.status as string | { state: string } | undefined;
    return {
      id: name.replace(/\.mdx$/, ''),
      start: new Date(String(data.start)),
      end: new Date(String(data.end)),
      state: typeof status === 'string' ? status : (status?.state ?? 'scheduled'),
    };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

/** An element of the XML, as the tests read it. */
interface Node {
  name: string;
  attributes: Record<string, string>;
  children: Node[];
  text: string;
}

function readXml(xml: string): Node {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    trimValues: true,
  });
  const toNodes = (items: Record<string, unknown>[]): Node[] =>
    items.flatMap((item) => {
      const name = Object.keys(item).find((key) => key !== ':@' && key !== '#text');
      if (!name) return [];
      const content = item[name] as Record<string, unknown>[];
      return [
        {
          name,
          attributes: (item[':@'] as Record<string, string> | undefined) ?? {},
          children: toNodes(content),
          text: content.map((part) => (typeof part['#text'] === 'string' ? part['#text'] : '')).join(''),
        },
      ];
    });
  const [root] = toNodes(parser.parse(xml) as Record<string, unknown>[]).filter((node) => node.name !== '?xml');
  if (!root) throw new Error('no root element');
  return root;
}

const child = (node: Node, name: string): Node | undefined => node.children.find((item) => item.name === name);
const textOf = (node: Node, name: string): string => child(node, name)?.text ?? '';

// The value types of the schema.
const UUID = /^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/;
const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{1,2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DURATION = /^([0-9]{1,2}:[0-9]{2})$|^([0-9]{1,2}:[0-9]{2}:[0-9]{1,2})$/;
const START = /^([0-2][0-9]:[0-5][0-9])$|^([0-2][0-9]:[0-5][0-9]:[0-5][0-9])$/;
const HTTP_URI = /^https?:\/\/./;
const ACRONYM = /^[a-z0-9_-]{4,}$/;
const VOC_SLUG = /^[a-z0-9_]{4,}-[a-z0-9\-_]{4,}$/;
/** An event's elements, in the order the schema lists them. */
const EVENT_ORDER = [
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
  'logo',
  'persons',
  'language',
  'description',
  'recording',
  'links',
  'attachments',
  'video_download_url',
  'url',
  'feedback_url',
  'origin_url',
];
const EVENT_REQUIRED = ['room', 'title', 'type', 'date', 'start', 'duration', 'abstract', 'track'];
const CONFERENCE_ORDER = [
  'title',
  'acronym',
  'start',
  'end',
  'days',
  'timeslot_duration',
  'base_url',
  'logo',
  'url',
  'time_zone_name',
  'color',
  'track',
];

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validateJson = ajv.compile(scheduleSchema);

for (const lang of LANGUAGES) {
  test.describe(lang.tag, () => {
    test('the schedule XML is served as its registered type and is well-formed for xmllint', async ({ request }) => {
      const response = await request.get(lang.file('schedule.xml'));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/vnd.c3voc.schedule+xml; charset=utf-8');
      // xmllint says nothing and exits 0 for a well-formed file; anything else throws.
      expect(execFileSync('xmllint', ['--noout', resolve(DIST, `.${lang.file('schedule.xml')}`)], { encoding: 'utf8' })).toBe('');
    });

    test('the schedule XML has every element and attribute the schema requires, in its order, with values of its types', () => {
      const schedule = readXml(readFileSync(resolve(DIST, `.${lang.file('schedule.xml')}`), 'utf8'));
      expect(schedule.name).toBe('schedule');
      const top = schedule.children.map((node) => node.name);
      expect(top.slice(0, 3)).toEqual(['url', 'version', 'conference']);
      expect(top.slice(3).every((name) => name === 'day')).toBe(true);
      expect(textOf(schedule, 'url')).toBe(`https://talent-month.xiamen.example${lang.file('schedule.xml')}`);

      const conference = child(schedule, 'conference');
      if (!conference) throw new Error('no conference');
      const order = conference.children.map((node) => CONFERENCE_ORDER.indexOf(node.name));
      expect(order.every((position) => position >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(textOf(conference, 'title')).toBe(lang.t('site.name'));
      expect(textOf(conference, 'acronym')).toMatch(ACRONYM);
      expect([textOf(conference, 'start'), textOf(conference, 'end')]).toEqual(['2023-07-06', '2023-08-05']);
      expect(textOf(conference, 'time_zone_name')).toBe('Asia/Shanghai');
      expect(textOf(conference, 'base_url')).toBe(`https://talent-month.xiamen.example${lang.path()}`);
      for (const track of conference.children.filter((node) => node.name === 'track')) expect(track.attributes.name).toBeTruthy();

      const days = schedule.children.filter((node) => node.name === 'day');
      expect(textOf(conference, 'days')).toBe(String(days.length));
      expect(days.map((day) => Number(day.attributes.index))).toEqual(days.map((_, index) => index + 1));
      const events: Node[] = [];
      for (const day of days) {
        expect(day.attributes.date).toMatch(DATE);
        expect(day.attributes.start).toMatch(DATE_TIME_WITH_OFFSET);
        expect(day.attributes.end).toMatch(DATE_TIME_WITH_OFFSET);
        for (const room of day.children) {
          expect(room.name).toBe('room');
          expect(room.attributes.name).toBeTruthy();
          expect(room.attributes.guid).toMatch(UUID);
          for (const event of room.children) {
            expect(event.name).toBe('event');
            events.push(event);
            const names = event.children.map((node) => node.name);
            for (const required of EVENT_REQUIRED) expect(names, `${event.attributes.guid ?? ''} ${required}`).toContain(required);
            const positions = names.map((name) => EVENT_ORDER.indexOf(name));
            expect(positions.every((position) => position >= 0)).toBe(true);
            expect([...positions].sort((a, b) => a - b)).toEqual(positions);
            expect(textOf(event, 'room')).toBe(room.attributes.name);
            expect(textOf(event, 'date')).toMatch(DATE_TIME_WITH_OFFSET);
            expect(textOf(event, 'date').slice(0, 10)).toBe(day.attributes.date);
            expect(textOf(event, 'start')).toMatch(START);
            expect(textOf(event, 'duration')).toMatch(DURATION);
            expect(textOf(event, 'slug')).toMatch(VOC_SLUG);
            expect(textOf(event, 'url')).toMatch(HTTP_URI);
            for (const person of child(event, 'persons')?.children ?? []) {
              expect(person.name).toBe('person');
              expect(person.attributes.guid).toMatch(UUID);
            }
            for (const link of child(event, 'links')?.children ?? []) expect(link.attributes.href).toMatch(HTTP_URI);
          }
        }
      }
      // guid, id and slug are each unique, as the schema's keys ask.
      for (const key of [
        (event: Node) => event.attributes.guid,
        (event: Node) => event.attributes.id,
        (event: Node) => textOf(event, 'slug'),
      ]) {
        expect(new Set(events.map(key)).size).toBe(events.length);
      }
      for (const event of events) {
        expect(event.attributes.guid).toMatch(UUID);
        expect(Number(event.attributes.id)).toBeGreaterThan(0);
        expect(Number.isInteger(Number(event.attributes.id))).toBe(true);
      }
    });

    test('the schedule XML, read back, has every activity once, at the instant its content gives, cancelled ones marked', () => {
      const schedule = readXml(readFileSync(resolve(DIST, `.${lang.file('schedule.xml')}`), 'utf8'));
      const events = schedule.children
        .filter((node) => node.name === 'day')
        .flatMap((day) => day.children.flatMap((room) => room.children));
      const read = events
        .map((event) => {
          const start = new Date(textOf(event, 'date'));
          const [hours = 0, minutes = 0] = textOf(event, 'duration').split(':').map(Number);
          return {
            id: new URL(textOf(event, 'url')).pathname.split('/').filter(Boolean).at(-1) ?? '',
            start,
            end: new Date(start.getTime() + (hours * 60 + minutes) * 60_000),
            title: textOf(event, 'title'),
          };
        })
        .sort((a, b) => a.id.localeCompare(b.id));
      expect(read.map(({ id, start, end }) => ({ id, start, end }))).toEqual(activities.map(({ id, start, end }) => ({ id, start, end })));
      for (const activity of activities.filter(({ state }) => state === 'cancelled')) {
        expect(read.find(({ id }) => id === activity.id)?.title).toMatch(new RegExp(`^${lang.t('status.cancelled')}`));
      }
    });

    test('the schedule JSON is valid for the project’s schema of the c3voc format, and read back has every activity once, at its instant', async ({
      request,
    }) => {
      const response = await request.get(lang.file('schedule.json'));
      expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
      const json = (await response.json()) as {
        schedule: { conference: { days: { rooms: Record<string, { guid: string; url: string; date: string; duration: string }[]> }[] } };
      };
      expect(validateJson(json), JSON.stringify(validateJson.errors?.slice(0, 3))).toBe(true);
      const read = json.schedule.conference.days
        .flatMap((day) => Object.values(day.rooms).flat())
        .map((event) => ({ id: new URL(event.url).pathname.split('/').filter(Boolean).at(-1) ?? '', start: new Date(event.date) }))
        .sort((a, b) => a.id.localeCompare(b.id));
      expect(read).toEqual(activities.map(({ id, start }) => ({ id, start })));
    });

    test('the xCal is served as xCal, well-formed, and has every activity once, in UTC, cancelled ones with their status', async ({
      request,
    }) => {
      const response = await request.get(lang.file('schedule.xcal'));
      expect(response.headers()['content-type']).toBe('application/calendar+xml; charset=utf-8');
      expect(execFileSync('xmllint', ['--noout', resolve(DIST, `.${lang.file('schedule.xcal')}`)], { encoding: 'utf8' })).toBe('');
      const calendar = readXml(await response.text());
      expect(calendar.name).toBe('iCalendar');
      const vevents = child(calendar, 'vcalendar')?.children.filter((node) => node.name === 'vevent') ?? [];
      const utc = (value: string): Date => new Date(value.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
      const read = vevents
        .map((vevent) => ({
          id: textOf(vevent, 'uid').replace(/@.*$/, ''),
          start: utc(textOf(vevent, 'dtstart')),
          end: utc(textOf(vevent, 'dtend')),
          status: textOf(vevent, 'status'),
        }))
        .sort((a, b) => a.id.localeCompare(b.id));
      expect(read.map(({ id, start, end }) => ({ id, start, end }))).toEqual(activities.map(({ id, start, end }) => ({ id, start, end })));
      expect(read.filter(({ status }) => status === 'CANCELLED').map(({ id }) => id)).toEqual(
        activities.filter(({ state }) => state === 'cancelled').map(({ id }) => id),
      );
      for (const vevent of vevents) {
        expect(textOf(vevent, 'dtstart')).toMatch(/^\d{8}T\d{6}Z$/);
        expect(textOf(vevent, 'summary')).toBeTruthy();
        expect(textOf(vevent, 'location')).toBeTruthy();
      }
    });
  });
}

test('an event keeps its guid in both languages, so an app that switches language keeps what the visitor starred', async ({ request }) => {
  const guids = await Promise.all(
    LANGUAGES.map(async (lang) => {
      const json = (await (await request.get(lang.file('schedule.json'))).json()) as {
        schedule: { conference: { days: { rooms: Record<string, { guid: string; url: string }[]> }[] } };
      };
      return json.schedule.conference.days
        .flatMap((day) => Object.values(day.rooms).flat())
        .map((event) => `${new URL(event.url).pathname.split('/').filter(Boolean).at(-1) ?? ''} ${event.guid}`)
        .sort();
    }),
  );
  expect(guids[0]).toHaveLength(activities.length);
  expect(guids[1]).toEqual(guids[0]);
});
