/**
 * The content checker: the fixture under tests/fixtures/content is valid, and breaking any one
 * rule in a copy of it gives a problem that names the file, the field and what was expected.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent, formatProblem, inspectContent } from '../../scripts/lib/content-check/index.ts';
import { fingerprint } from '../../scripts/lib/content-check/translations.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/content');
const copies: string[] = [];

/** A fresh copy of the fixture as `<root>/content`, with `edit` applied to it. */
function brokenCopy(edit: (content: string) => void): { root: string; content: string } {
  const root = mkdtempSync(join(tmpdir(), 'content-check-'));
  copies.push(root);
  const content = join(root, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  edit(content);
  return { root, content };
}

/** Replaces `from` with `to` in one file of the copy; fails loudly when `from` is not there. */
function replaceIn(content: string, file: string, from: string, to: string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture ${file} does not contain ${from}`);
  writeFileSync(path, text.replace(from, to));
}

function check(edit: (content: string) => void): string[] {
  const { root, content } = brokenCopy(edit);
  return checkContent(content, root).map(formatProblem);
}

afterEach(() => {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('checkContent', () => {
  test('finds no problem in the valid fixture', () => {
    expect(checkContent(FIXTURE, resolve(FIXTURE, '..')).map(formatProblem)).toEqual([]);
  });

  test('finds no problem in the site content', () => {
    const root = resolve(import.meta.dirname, '../..');
    expect(checkContent(join(root, 'content'), root).map(formatProblem)).toEqual([]);
  });

  const A = 'activities/opening-ceremony.mdx';
  const A2 = 'activities/returnee-services-day.mdx';
  const G = 'guidance/01-work-permit.mdx';

  test('finds no problem in an activity over several days that ends at 00:00 after the window’s last day', () => {
    // Until midnight at the end of 5 August: its last day is the window's last.
    const problems = check((c) => {
      replaceIn(c, A2, 'start: 2023-07-15T09:00:00+08:00', 'start: 2023-08-04T09:00:00+08:00');
      replaceIn(c, A2, 'end: 2023-07-15T16:00:00+08:00', 'end: 2023-08-06T00:00:00+08:00');
    });
    expect(problems).toEqual([]);
  });
  const G2 = 'guidance/02-talent-apartments.mdx';
  const J = 'journeys.yaml';

  // Each rule: how to break it, and the start of the one line that must report it.
  // `alone`: the mistake must be reported once, with no echo in another file.
  const rules: { rule: string; edit: (content: string) => void; expected: string; alone?: true }[] = [
    {
      rule: 'a date without an offset',
      edit: (c) => replaceIn(c, A, 'start: 2023-07-06T09:30:00+08:00', 'start: 2023-07-06T09:30:00'),
      expected: `content/${A}:4 — start: "2023-07-06T09:30:00" has no time-zone offset; expected`,
    },
    {
      rule: 'a date that is not a date',
      edit: (c) => replaceIn(c, A, 'start: 2023-07-06T09:30:00+08:00', 'start: next Thursday'),
      expected: `content/${A}:4 — start: "next Thursday" is not a date and time; expected ISO 8601`,
    },
    {
      rule: 'a deadline on a day the month does not have',
      edit: (c) => replaceIn(c, A, 'deadline: 2023-07-05T18:00:00+08:00', 'deadline: 2023-06-31T18:00:00+08:00'),
      expected: `content/${A}:18 — registration.deadline: "2023-06-31T18:00:00+08:00" does not exist: June 2023 has 30 days; expected a real date and time`,
    },
    {
      rule: 'a start on 30 February',
      edit: (c) => replaceIn(c, A, 'start: 2023-07-06T09:30:00+08:00', 'start: 2023-02-30T09:30:00+08:00'),
      expected: `content/${A}:4 — start: "2023-02-30T09:30:00+08:00" does not exist: February 2023 has 28 days; expected`,
    },
    {
      rule: 'a time after 23:59',
      edit: (c) => replaceIn(c, A, 'end: 2023-07-06T11:30:00+08:00', 'end: 2023-07-06T24:30:00+08:00'),
      expected: `content/${A}:5 — end: "2023-07-06T24:30:00+08:00" does not exist: there is no hour 24; hours go from 00 to 23; expected`,
    },
    {
      rule: 'an end before its start',
      edit: (c) => replaceIn(c, A, 'end: 2023-07-06T11:30:00+08:00', 'end: 2023-07-06T08:30:00+08:00'),
      expected: `content/${A}:5 — end: is not after start (got 2023-07-06 09:30 Xiamen time → 2023-07-06 08:30 Xiamen time); expected`,
    },
    {
      rule: 'an activity outside the event window',
      edit: (c) => {
        replaceIn(c, A2, 'start: 2023-07-15T09:00:00+08:00', 'start: 2023-09-15T09:00:00+08:00');
        replaceIn(c, A2, 'end: 2023-07-15T16:00:00+08:00', 'end: 2023-09-15T16:00:00+08:00');
      },
      expected: `content/${A2}:4 — start: falls on 2023-09-15 (Asia/Shanghai), outside the event; expected a day from 2023-07-06 to 2023-08-05`,
    },
    {
      rule: 'a start just before midnight UTC that is already the next day in Xiamen',
      edit: (c) => replaceIn(c, A, 'start: 2023-07-06T09:30:00+08:00', 'start: 2023-07-05T23:30:00+08:00'),
      expected: `content/${A}:4 — start: falls on 2023-07-05 (Asia/Shanghai), outside the event`,
    },
    {
      rule: 'an unknown category',
      edit: (c) => replaceIn(c, A, 'category: ceremony', 'category: party'),
      expected: `content/${A}:6 — category: is "party"; expected one of: ceremony,`,
    },
    {
      rule: 'an image without alt text',
      edit: (c) => replaceIn(c, A, '  alt: The stage of the conference centre before the ceremony\n', ''),
      expected: `content/${A}:13 — image.alt: is missing; expected a short description of the image`,
    },
    {
      rule: 'an image file that is not there',
      edit: (c) => replaceIn(c, A, 'src: ./opening-ceremony.svg', 'src: ./missing.jpg'),
      expected: `content/${A}:14 — image.src: "./missing.jpg" does not exist; expected a path to an image file`,
    },
    {
      rule: 'a malformed URL',
      edit: (c) => replaceIn(c, 'universities/nankai-university.mdx', 'website: https://www.nankai.edu.cn/', 'website: nankai.edu'),
      expected:
        'content/universities/nankai-university.mdx:6 — website: "nankai.edu" is not a web address; expected a full address starting with https://',
    },
    {
      rule: 'an empty English title, reported once, in the English file',
      edit: (c) => replaceIn(c, A, 'title: Opening Ceremony of Xiamen Talent Service Month 2023', 'title: ""'),
      expected: `content/${A}:2 — title: is empty; expected some text`,
      alone: true,
    },
    {
      rule: 'an address that is not secure',
      edit: (c) =>
        replaceIn(
          c,
          A,
          'url: https://talent.xm.example/register/opening-ceremony',
          'url: http://talent.xm.example/register/opening-ceremony',
        ),
      expected: `content/${A}:17 — registration.url: "http://talent.xm.example/register/opening-ceremony" is not a secure address; expected the same address starting with https://`,
    },
    {
      rule: 'a title too long, with its length',
      edit: (c) =>
        replaceIn(c, A, 'title: Opening Ceremony of Xiamen Talent Service Month 2023', `title: ${'Opening Ceremony '.repeat(5)}of 2023`),
      expected: `content/${A}:2 — title: is too long at 92 characters; expected at most`,
    },
    {
      rule: 'a malformed email',
      edit: (c) => replaceIn(c, G2, 'email: housing@example.cn', 'email: housing-at-example.cn'),
      expected: `content/${G2}:11 — contact.email: "housing-at-example.cn" is not an email address; expected`,
    },
    {
      rule: 'a malformed phone number',
      edit: (c) => replaceIn(c, G, 'phone: +86 592 000 0000', 'phone: "12345"'),
      expected: `content/${G}:14 — contact.phone: "12345" is not a phone number; expected a number with its country code`,
    },
    {
      rule: 'a contact with no way to get in touch',
      edit: (c) => replaceIn(c, G2, 'contact:\n  email: housing@example.cn', 'contact: {}'),
      expected: `content/${G2}:10 — contact: is empty; expected at least one of url, email or phone`,
    },
    {
      rule: 'a venue that does not exist',
      edit: (c) => replaceIn(c, A, 'venue: xiamen-international-conference-center', 'venue: town-hall'),
      expected: `content/${A}:7 — venue: "town-hall" is not a venue; expected the id of a file in content/venues/`,
    },
    {
      rule: 'a venue without coordinates',
      edit: (c) => replaceIn(c, 'venues/xiamen-talent-service-center.yaml', 'coordinates:\n  lat: 24.5058\n  lng: 118.1520\n', ''),
      expected:
        'content/venues/xiamen-talent-service-center.yaml:1 — coordinates: is missing; expected the venue’s latitude and longitude (WGS 84, from GPS or OpenStreetMap), like { lat: 24.4798, lng: 118.1819 }',
    },
    {
      rule: 'an accessibility answer that is not yes, no or unknown',
      edit: (c) =>
        replaceIn(c, 'venues/xiamen-talent-service-center.yaml', 'district: huli', 'district: huli\naccess:\n  stepFreeEntrance: maybe'),
      expected: 'content/venues/xiamen-talent-service-center.yaml:5 — access.stepFreeEntrance: is "maybe"; expected yes, no or unknown',
    },
    {
      rule: 'an organiser’s long name without a short one',
      edit: (c) =>
        replaceIn(
          c,
          'organisers/xiamen-hrss-bureau.yaml',
          'name: Xiamen Human Resources and Social Security Bureau',
          'name: Human Resources and Social Security Bureau of the Municipal People’s Government of Xiamen',
        ),
      expected:
        'content/organisers/xiamen-hrss-bureau.yaml:1 — shortName: is missing for a name of 89 characters; expected a name of at most 70 for page titles and search results',
    },
    {
      rule: 'an organiser that does not exist',
      edit: (c) => replaceIn(c, A, 'organisers: [xiamen-talent-office]', 'organisers: [talent-office]'),
      expected: `content/${A}:8 — organisers[0]: "talent-office" is not an organiser; expected the id of a file in content/organisers/`,
    },
    {
      rule: 'an activity that does not exist',
      edit: (c) => replaceIn(c, 'awards/xiamen-talent-scout-awards.mdx', 'presentedAt: opening-ceremony', 'presentedAt: opening-gala'),
      expected:
        'content/awards/xiamen-talent-scout-awards.mdx:7 — presentedAt: "opening-gala" is not an activity; expected the id of a file in content/activities/',
    },
    {
      rule: 'a reference to a draft',
      edit: (c) => replaceIn(c, A2, 'languages: [zh, en]', 'languages: [zh, en]\ndraft: true'),
      expected: `content/${G}:15 — relatedActivities[0]: "returnee-services-day" is a draft (content/${A2}); expected a published activity`,
    },
    {
      rule: 'a missing venue for an in-person activity',
      edit: (c) => replaceIn(c, A2, 'venue: xiamen-talent-service-center\n', ''),
      expected: `content/${A2}:2 — venue: is missing for an in-person activity; expected the id of a venue`,
    },
    {
      rule: 'a registration deadline after the start',
      edit: (c) => replaceIn(c, A, 'deadline: 2023-07-05T18:00:00+08:00', 'deadline: 2023-07-06T18:00:00+08:00'),
      expected: `content/${A}:18 — registration.deadline: is after the activity starts; expected a deadline on or before start`,
    },
    {
      rule: 'a waiting list for an activity that is not full',
      edit: (c) =>
        replaceIn(
          c,
          'activities/opening-ceremony.mdx',
          'deadline: 2023-07-05T18:00:00+08:00',
          'deadline: 2023-07-05T18:00:00+08:00\n  waitingList: https://example.cn/waiting-list',
        ),
      expected:
        'content/activities/opening-ceremony.mdx:19 — registration.waitingList: is given but the activity is not full; expected full: true beside it (a waiting list opens once every place is taken)',
    },
    {
      rule: 'an unknown status',
      edit: (c) => replaceIn(c, A2, 'languages: [zh, en]', 'languages: [zh, en]\nstatus: called-off'),
      expected: `content/${A2}:12 — status.state: has an unknown state; expected one of: scheduled, cancelled, postponed, rescheduled, moved-online`,
    },
    {
      rule: 'a rescheduled activity whose previous start is its start',
      edit: (c) =>
        replaceIn(
          c,
          A2,
          'languages: [zh, en]',
          'languages: [zh, en]\nstatus:\n  state: rescheduled\n  previousStart: 2023-07-15T09:00:00+08:00',
        ),
      expected: `content/${A2}:14 — status.previousStart: is the same as start; expected the time it had before it was moved`,
    },
    {
      rule: 'a missing required field',
      edit: (c) => replaceIn(c, A2, 'summary: One counter for every question a returning graduate has about settling in Xiamen.\n', ''),
      expected: `content/${A2}:2 — summary: is missing; expected text`,
    },
    {
      rule: 'a misspelt field',
      edit: (c) => replaceIn(c, A2, 'format: in-person', 'format: in-person\nfromat: online'),
      expected: `content/${A2}:11 — fromat: is not a field here; expected only the fields listed in content/README.md`,
    },
    {
      rule: 'YAML that cannot be read',
      edit: (c) => replaceIn(c, A2, 'format: in-person', 'format: [in-person'),
      expected: `content/${A2}:11 — frontmatter: Flow sequence in block collection must be sufficiently indented and end with a ]; expected valid YAML`,
    },
    {
      rule: 'an empty body',
      edit: (c) => replaceIn(c, A2, 'Bring your questions about work, housing and schooling.', ''),
      expected: `content/${A2}:14 — body: is empty; expected the text of the page`,
    },
    {
      rule: 'guidance numbers that repeat',
      edit: (c) => replaceIn(c, G2, 'number: 2', 'number: 1'),
      expected: `content/${G2}:2 — number: is 1, which content/${G} already has; expected each number once`,
    },
    {
      rule: 'guidance numbers that leave a gap',
      edit: (c) => {
        replaceIn(c, G2, 'number: 2', 'number: 3');
        replaceIn(c, 'event.yaml', 'guidance: 2', 'guidance: 3');
        renameSync(join(c, G2), join(c, 'guidance/03-talent-apartments.mdx'));
      },
      expected: 'content/event.yaml:31 — expected.guidance: leaves a gap: no guidance item has number 2; expected items numbered 1 to 3',
    },
    {
      rule: 'a guidance number that disagrees with its file name',
      edit: (c) => renameSync(join(c, G2), join(c, 'guidance/07-talent-apartments.mdx')),
      expected: 'content/guidance/07-talent-apartments.mdx:2 — number: is 2 but the file name starts with 07; expected the two to agree',
    },
    {
      rule: 'two entries with one slug',
      edit: (c) => {
        cpSync(join(c, G2), join(c, 'guidance/03-work-permit.mdx'));
        replaceIn(c, 'guidance/03-work-permit.mdx', 'number: 2', 'number: 3');
      },
      expected: `content/guidance/03-work-permit.mdx:1 — file name: gives the slug "work-permit", which content/${G} already has; expected one file per slug`,
    },
    {
      rule: 'a file name that is not a slug',
      edit: (c) => renameSync(join(c, A2), join(c, 'activities/Returnee Day.mdx')),
      expected:
        'content/activities/Returnee Day.mdx:1 — file name: "Returnee Day.mdx" is not a slug; expected lowercase letters and digits joined by hyphens',
    },
    {
      rule: 'a redirect that collides with a live slug',
      edit: (c) => replaceIn(c, A2, 'languages: [zh, en]', 'languages: [zh, en]\nredirectFrom: [opening-ceremony]'),
      expected: `content/${A2}:12 — redirectFrom[0]: "opening-ceremony" is the slug of a live page (content/${A}); expected only old slugs`,
    },
    {
      rule: 'an activity whose slug is the time grid’s address',
      edit: (c) => renameSync(join(c, A2), join(c, 'activities/grid.mdx')),
      expected:
        'content/activities/grid.mdx:1 — file name: gives the slug "grid", whose address /programme/grid/ is the time grid; expected another slug',
    },
    {
      rule: 'an activity whose slug is a day’s address',
      edit: (c) => renameSync(join(c, A2), join(c, 'activities/2023-07-15.mdx')),
      expected:
        'content/activities/2023-07-15.mdx:1 — file name: gives the slug "2023-07-15", whose address /programme/2023-07-15/ is a day of the programme; expected another slug',
    },
    {
      rule: 'an old slug that is the time grid’s address',
      edit: (c) => replaceIn(c, A2, 'languages: [zh, en]', 'languages: [zh, en]\nredirectFrom: [grid]'),
      expected: `content/${A2}:12 — redirectFrom[0]: "grid" is the address of the time grid (/programme/grid/); expected an old slug of this activity`,
    },
    {
      rule: 'a count of activities different from the expected count',
      edit: (c) => replaceIn(c, 'event.yaml', 'activities: 2', 'activities: 30'),
      expected:
        'content/event.yaml:30 — expected.activities: is 30 but content/activities/ has 2 published; expected the same number (cancel with status, never by deleting the file)',
    },
    {
      rule: 'a file no collection reads',
      edit: (c) => writeFileSync(join(c, 'activities/notes.txt'), 'todo'),
      expected: 'content/activities/notes.txt:1 — file: is not read by the site; expected .mdx or .md entries',
    },
    {
      rule: 'an event window that closes before it opens',
      edit: (c) => replaceIn(c, 'event.yaml', 'closes: 2023-08-05', 'closes: 2023-07-01'),
      expected: 'content/event.yaml:8 — window.closes: closes before it opens; expected closes on or after opens',
    },
    {
      rule: 'a time zone that does not exist',
      edit: (c) => replaceIn(c, 'event.yaml', 'timeZone: Asia/Shanghai', 'timeZone: China/Xiamen'),
      expected: 'content/event.yaml:10 — timeZone: "China/Xiamen" is not a time zone; expected an IANA name like Asia/Shanghai',
    },
    {
      rule: 'an unknown area in the journey table',
      edit: (c) => replaceIn(c, J, '{ from: siming, to: tongan, minutes: 60 }', '{ from: siming, to: xiamen, minutes: 60 }'),
      expected:
        'content/journeys.yaml:15 — journeys[3].to: "xiamen" is not an area; expected one of: siming, huli, jimei, haicang, tongan, xiangan, gulangyu',
    },
    {
      rule: 'a journey from an area to itself',
      edit: (c) => replaceIn(c, J, '{ from: siming, to: tongan, minutes: 60 }', '{ from: siming, to: siming, minutes: 60 }'),
      expected:
        'content/journeys.yaml:15 — journeys[3].to: is "siming", the same area as from; expected another area (the time between two venues in one area is `within`)',
    },
    {
      rule: 'a pair of areas given twice, the other way round',
      edit: (c) =>
        replaceIn(
          c,
          J,
          '{ from: xiangan, to: gulangyu, minutes: 90 }',
          '{ from: xiangan, to: gulangyu, minutes: 90 }\n  - { from: huli, to: siming, minutes: 30 }',
        ),
      expected:
        'content/journeys.yaml:33 — journeys[21]: gives huli and siming again, which journeys[0] already gives; expected each pair once (a journey applies both ways)',
      alone: true,
    },
    {
      rule: 'a pair of areas left out of the journey table',
      edit: (c) => replaceIn(c, J, '  - { from: xiangan, to: gulangyu, minutes: 90 }\n', ''),
      expected:
        'content/journeys.yaml:11 — journeys: has no journey between xiangan and gulangyu; expected one for every pair of two areas (21 in all, each applying both ways)',
      alone: true,
    },
    {
      rule: 'a journey of no minutes',
      edit: (c) => replaceIn(c, J, '{ from: siming, to: xiangan, minutes: 60 }', '{ from: siming, to: xiangan, minutes: 0 }'),
      expected: 'content/journeys.yaml:16 — journeys[4].minutes: is 0; expected a whole number of minutes above 0, like 45',
      alone: true,
    },
    {
      rule: 'a time within an area that is not a whole number',
      edit: (c) => replaceIn(c, J, 'within: 20', 'within: 12.5'),
      expected: 'content/journeys.yaml:9 — within: is 12.5; expected a whole number of minutes above 0, like 45',
      alone: true,
    },
    {
      rule: 'a journey time written as text',
      edit: (c) => replaceIn(c, J, '{ from: siming, to: xiangan, minutes: 60 }', '{ from: siming, to: xiangan, minutes: an hour }'),
      expected: 'content/journeys.yaml:16 — journeys[4].minutes: is "an hour"; expected a whole number of minutes above 0, like 45',
      alone: true,
    },
    {
      rule: 'a missing journey table',
      edit: (c) => rmSync(join(c, J)),
      expected: 'content/journeys.yaml:1 — file: is missing; expected the journey times between areas in content/journeys.yaml',
      alone: true,
    },
    {
      rule: 'a venue on an island the site does not know',
      edit: (c) =>
        replaceIn(c, 'venues/xiamen-international-conference-center.yaml', 'district: siming', 'district: siming\nisland: capri'),
      expected: 'content/venues/xiamen-international-conference-center.yaml:4 — island: is "capri"; expected "gulangyu"',
      alone: true,
    },
    {
      rule: 'a translation that carries a non-text field',
      edit: (c) => replaceIn(c, 'activities/zh-cn/opening-ceremony.mdx', 'summary:', 'start: 2023-07-06T10:00:00+08:00\nsummary:'),
      expected:
        'content/activities/zh-cn/opening-ceremony.mdx:3 — start: cannot be translated; expected only title, summary, statusReason (and translatedFrom): the other fields come from the English entry',
    },
    {
      rule: 'a translation whose English entry is gone',
      edit: (c) => renameSync(join(c, 'activities/zh-cn/opening-ceremony.mdx'), join(c, 'activities/zh-cn/opening-gala.mdx')),
      expected:
        'content/activities/zh-cn/opening-gala.mdx:1 — file name: translates "opening-gala", which has no English entry in content/activities/',
    },
    {
      rule: 'a translation that leaves out a text the English entry has',
      edit: (c) => replaceIn(c, 'guidance/zh-cn/01-work-permit.mdx', 'documents: [护照, 学位证书]\n', ''),
      expected:
        'content/guidance/zh-cn/01-work-permit.mdx:2 — documents: is missing, but content/guidance/01-work-permit.mdx has it; expected its translation',
    },
    {
      rule: 'a translation with a different number of steps',
      edit: (c) => replaceIn(c, 'guidance/zh-cn/01-work-permit.mdx', '  - 携带原件到服务窗口办理。\n', ''),
      expected:
        'content/guidance/zh-cn/01-work-permit.mdx:4 — howToApply: has 1 items but content/guidance/01-work-permit.mdx has 2; expected one translation for each, in the same order',
    },
    {
      rule: 'a translation of the event with a figure the event does not have',
      edit: (c) => replaceIn(c, 'zh-cn/event.yaml', 'id: workforce', 'id: work-force'),
      expected: 'content/zh-cn/event.yaml:12 — figures[3].id: "work-force" is not a figure of content/event.yaml',
    },
    {
      rule: 'a file in a translation folder at the top that is not the event',
      edit: (c) => {
        writeFileSync(join(c, 'zh-cn/about.yaml'), 'title: 关于\n');
      },
      expected: 'content/zh-cn/about.yaml:1 — file: is not read by the site; expected only the translation of event.yaml in content/zh-cn/',
    },
  ];

  test.each(rules)('reports $rule, naming the file and the field', ({ edit, expected, alone }) => {
    const problems = check(edit);
    expect(
      problems.some((line) => line.startsWith(expected)),
      `expected a line starting with\n  ${expected}\ngot\n  ${problems.join('\n  ')}`,
    ).toBe(true);
    if (alone) expect(problems).toHaveLength(1);
  });

  test('lists every problem of several broken files in one run', () => {
    const problems = check((c) => {
      replaceIn(c, A, 'category: ceremony', 'category: party');
      replaceIn(c, A2, 'end: 2023-07-15T16:00:00+08:00', 'end: 2023-07-15T08:00:00+08:00');
      replaceIn(c, A2, 'format: in-person', 'format: offline');
      replaceIn(c, G2, 'email: housing@example.cn', 'email: nobody');
      replaceIn(c, 'universities/nankai-university.mdx', 'signingActivity: opening-ceremony', 'signingActivity: signing');
    });
    // Each problem as "path:line field".
    const located = problems.map((line) => {
      const [place = '', rest = ''] = line.split(' — ');
      return `${place} ${rest.split(':')[0] ?? ''}`;
    });
    expect(located).toEqual([
      `content/${A}:6 category`,
      `content/${A2}:5 end`,
      `content/${A2}:10 format`,
      `content/${G2}:11 contact.email`,
      'content/universities/nankai-university.mdx:8 signingActivity',
    ]);
  });
});

describe('entry bodies', () => {
  const A = 'activities/opening-ceremony.mdx';
  const BODY = 'The ceremony opens the third edition of the month.';
  /** The problems of the fixture with `added` written below the first body line (line 24), so it starts on line 26. */
  const withBody = (added: string, file = A): string[] => check((c) => replaceIn(c, file, BODY, `${BODY}\n\n${added}`));
  const at = (line: number, message: string, file = A): string => `content/${file}:${String(line)} — body: ${message}`;
  const MARKDOWN = 'expected Markdown or the elements listed in content/README.md';
  const LINKS = 'expected an https:// address, a path on this site such as /guidance/…, mailto: or tel:';

  const cases: { rule: string; added: string; expected: string[] }[] = [
    {
      rule: 'an unknown component',
      added: 'Before.\n\n<Foo />',
      expected: [at(28, `<Foo> is not a component entries can use; ${MARKDOWN}`)],
    },
    {
      rule: 'an import',
      added: 'import Map from "../../src/components/DoesNotExist.astro";',
      expected: [at(26, 'imports and exports are not needed in an entry; expected Markdown (the site provides everything a body can use)')],
    },
    {
      rule: 'a syntax error, on its own line',
      added: 'One line.\n\nA <b>bold start that never closes.',
      expected: [
        at(
          28,
          'cannot be read as MDX: Expected a closing tag for `<b>` (line 28, column 3) before the end of `paragraph`; expected Markdown, with every tag closed and every { escaped as \\{',
        ),
      ],
    },
    {
      rule: 'a script',
      added: '<script>alert(1)</script>',
      expected: [at(26, `<script> would run code on the page; ${MARKDOWN}`)],
    },
    {
      rule: 'a style and an iframe',
      added: '<style>{"body{display:none}"}</style>\n\n<iframe src="https://example.com/" />',
      expected: [
        at(26, `<style> would restyle the whole page; ${MARKDOWN}`),
        at(26, '{…} is code; expected text (write \\{ for a brace)'),
        at(28, `<iframe> would embed another site in the page; ${MARKDOWN}`),
      ],
    },
    {
      rule: 'an event handler on an allowed element',
      added: 'Read <span onmouseover="alert(1)">this</span>.',
      expected: [at(26, '<span onmouseover> would run code; event handlers are not allowed in entries')],
    },
    {
      rule: 'javascript: and data: links, however they are spelt',
      added: '[one](javascript:alert(1)) and [two](JaVaScRiPt:alert(2))\n\n[three](data:text/html,hi)\n\n[ref]: javascript:alert(3)',
      expected: [
        at(26, `link "javascript:alert(1)" would run code; ${LINKS}`),
        at(26, `link "JaVaScRiPt:alert(2)" would run code; ${LINKS}`),
        at(28, `link "data:text/html,hi" would open data as a page; ${LINKS}`),
        at(30, `link "javascript:alert(3)" would run code; ${LINKS}`),
      ],
    },
    {
      rule: 'an image that is not a file of the site',
      added: '![a dot](data:image/png;base64,iVBORw0KGgo=)',
      expected: [
        at(
          26,
          'image "data:image/png;base64,iVBORw0KGgo=" is not a file of the site; expected an image file beside the entry, such as ./photo.jpg',
        ),
      ],
    },
    {
      rule: 'an expression',
      added: 'It is {new Date().getFullYear()} now.',
      expected: [at(26, '{…} is code; expected text (write \\{ for a brace)')],
    },
  ];

  test.each(cases)('reports $rule with its line and what was expected', ({ added, expected }) => {
    expect(withBody(added)).toEqual(expected);
  });

  test('reports a problem in a translation, counted below its own frontmatter', () => {
    const problems = check((c) => replaceIn(c, 'activities/zh-cn/opening-ceremony.mdx', '开幕式正文。', '开幕式正文。\n\n<Foo />'));
    expect(problems).toEqual([at(9, `<Foo> is not a component entries can use; ${MARKDOWN}`, 'activities/zh-cn/opening-ceremony.mdx')]);
  });

  test('accepts Markdown, links to the site and the web, and the allowed elements', () => {
    expect(
      withBody(
        'A [path](/guidance/work-permit/), a [site](https://example.com/), [mail](mailto:a@example.com), a literal \\{brace\\}, <abbr title="Human Resources">HR</abbr> and <ruby>厦<rt>xià</rt></ruby>.',
      ),
    ).toEqual([]);
  });

  test('reports every problem of several bodies in the same run as the other checks', () => {
    const problems = check((c) => {
      replaceIn(c, A, BODY, `${BODY}\n\n<Foo />`);
      replaceIn(c, A, 'category: ceremony', 'category: party');
    });
    expect(problems.map((line) => line.split(' — ')[0])).toEqual([`content/${A}:6`, `content/${A}:26`]);
  });
});

describe('translation notices', () => {
  function notices(edit: (content: string) => void = () => undefined): string[] {
    const { root, content } = brokenCopy(edit);
    const report = inspectContent(content, root);
    expect(report.problems.map(formatProblem)).toEqual([]);
    return report.notices.map(formatProblem);
  }

  test('list each entry with no translation, and nothing for translations that are up to date', () => {
    const listed = notices();
    expect(listed).toContain(
      'content/activities/returnee-services-day.mdx:1 — translation: has no zh-cn translation yet, so its zh-cn page shows this English text with a note; expected content/activities/zh-cn/returnee-services-day.mdx',
    );
    expect(listed.filter((line) => line.includes('translatedFrom'))).toEqual([]);
  });

  test('report a translation as outdated once its English text changes, and not for a change of date', () => {
    expect(
      notices((c) =>
        replaceIn(c, 'activities/opening-ceremony.mdx', 'start: 2023-07-06T09:30:00+08:00', 'start: 2023-07-06T10:00:00+08:00'),
      ).join('\n'),
    ).not.toContain('outdated');
    const listed = notices((c) =>
      replaceIn(c, 'guidance/01-work-permit.mdx', 'A work permit comes first.', 'A work permit always comes first.'),
    );
    expect(listed.find((line) => line.startsWith('content/guidance/zh-cn/01-work-permit.mdx'))).toMatch(
      /^content\/guidance\/zh-cn\/01-work-permit\.mdx:8 — translatedFrom: is outdated: content\/guidance\/01-work-permit\.mdx changed after this translation was written; expected the translation brought up to date, then translatedFrom: en-[0-9a-f]{12}/,
    );
  });

  test('do not report a translation as outdated when its English file is saved with a BOM and Windows line endings', () => {
    const windowsCopy = (c: string): void => {
      const path = join(c, 'guidance/01-work-permit.mdx');
      writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8').replace(/\n/g, '\r\n')}`);
    };
    expect(check(windowsCopy)).toEqual([]);
    expect(notices(windowsCopy).filter((line) => line.includes('01-work-permit'))).toEqual([]);
    // The fixture's body is one line; a longer one keeps its line ends inside.
    const text = { title: 'Work permit' };
    expect(fingerprint(text, 'First paragraph.\r\n\r\nSecond paragraph.\r\n')).toBe(
      fingerprint(text, 'First paragraph.\n\nSecond paragraph.\n'),
    );
  });

  test('report a translation with no fingerprint, giving the one to write', () => {
    const listed = notices((c) =>
      replaceIn(c, 'zh-cn/event.yaml', /translatedFrom: .*\n/.exec(readFileSync(join(c, 'zh-cn/event.yaml'), 'utf8'))?.[0] ?? '', ''),
    );
    expect(listed).toContainEqual(
      expect.stringMatching(/^content\/zh-cn\/event\.yaml:1 — translatedFrom: is missing, .* expected translatedFrom: en-[0-9a-f]{12}/),
    );
  });
});

describe('cross-references', () => {
  function report(edit: (content: string) => void): { problems: string[]; suggestions: string[] } {
    const { root, content } = brokenCopy(edit);
    const { problems, suggestions } = inspectContent(content, root);
    return { problems: problems.map(formatProblem), suggestions: suggestions.map(formatProblem) };
  }
  const A2 = 'activities/returnee-services-day.mdx';
  const G2 = 'guidance/02-talent-apartments.mdx';

  test('accept links to entries, day pages and sections that exist, in either language', () => {
    const { problems, suggestions } = report((c) =>
      replaceIn(
        c,
        G2,
        'Talent apartments are offered across the city.',
        'Talent apartments are offered across the city. See [item 1](/guidance/work-permit/), the [opening](/programme/opening-ceremony/#agenda), [its day](/programme/2023-07-06/), [the guidance](/guidance/) and [in Chinese](/zh-cn/guidance/work-permit/).',
      ),
    );
    expect(problems).toEqual([]);
    expect(suggestions).toEqual([]);
  });

  test('report a link to an entry that does not exist, naming the file, the line and the target', () => {
    const { problems } = report((c) =>
      replaceIn(
        c,
        G2,
        'Talent apartments are offered across the city.',
        'Offered across the city.\n\nSee [item 9](/guidance/no-such-item/).',
      ),
    );
    expect(problems).toEqual([
      `content/${G2}:16 — body: links to /guidance/no-such-item/, where "no-such-item" is not a published guidance item; expected the slug of one that exists (without its number, not a draft)`,
    ]);
  });

  test('accept links to venues and organisers that published entries name, and report one nothing names', () => {
    const { problems } = report((c) =>
      replaceIn(
        c,
        G2,
        'Talent apartments are offered across the city.',
        'Ask at [the centre](/venues/xiamen-talent-service-center/) or [the bureau](/organisers/xiamen-hrss-bureau/), not at [a hall](/venues/xiamen-international-exhibition-center/).',
      ),
    );
    expect(problems).toEqual([
      `content/${G2}:14 — body: links to /venues/xiamen-international-exhibition-center/, where "xiamen-international-exhibition-center" is not a venue with a page; expected the slug of one that a published entry names`,
    ]);
  });

  test('report a link to a draft, to a path no page has, and one in a translation', () => {
    const { problems } = report((c) => {
      replaceIn(c, A2, 'category: talent-services', 'category: talent-services\ndraft: true');
      replaceIn(
        c,
        G2,
        'Talent apartments are offered across the city.',
        '[The day](/programme/returnee-services-day/) and [more](/news/2023/).',
      );
      replaceIn(c, 'guidance/zh-cn/01-work-permit.mdx', '先办工作许可。', '先办工作许可（见[第2项](/guidance/talent-apartment/)）。');
    });
    // The draft also leaves the expected count short; only the links matter here.
    expect(problems.filter((line) => line.includes(' — body: '))).toEqual([
      expect.stringMatching(
        /^content\/guidance\/02-talent-apartments\.mdx:14 — body: links to \/programme\/returnee-services-day\/, where "returnee-services-day" is not a published activity/,
      ),
      'content/guidance/02-talent-apartments.mdx:14 — body: links to /news/2023/, where there is no such page; expected the path of an entry, like /guidance/lease-registration/',
      expect.stringMatching(
        /^content\/guidance\/zh-cn\/01-work-permit\.mdx:\d+ — body: links to \/guidance\/talent-apartment\/, where "talent-apartment" is not a published guidance item/,
      ),
    ]);
  });

  test('suggest a link for a guidance item named in plain text, in English and in Chinese', () => {
    const { problems, suggestions } = report((c) => {
      replaceIn(c, G2, 'Talent apartments are offered across the city.', 'Offered across the city; first get a permit (see item 1).');
      replaceIn(c, 'guidance/zh-cn/01-work-permit.mdx', '先办工作许可。', '先办工作许可，再看第2项服务指南。');
    });
    expect(problems).toEqual([]);
    expect(suggestions).toEqual([
      'content/guidance/02-talent-apartments.mdx:14 — body: "item 1" is plain text; expected a link the reader can follow: [item 1](/guidance/work-permit/)',
      expect.stringMatching(
        /^content\/guidance\/zh-cn\/01-work-permit\.mdx:\d+ — body: "第2项服务指南" is plain text; expected a link the reader can follow: \[第2项服务指南\]\(\/guidance\/talent-apartments\/\)$/,
      ),
    ]);
  });
});
