/**
 * iCalendar (RFC 5545) files, written by hand rather than with a library: the same small writer
 * runs at build time (per activity, per category, the whole programme) and in the browser (the
 * visitor's own programme), where a general library with its validation framework would not fit
 * the page's script budget. Times are written in UTC (`...Z`), so no calendar can read them as
 * floating local times; tests read every file back with an independent parser (ical.js).
 */

export interface IcsEvent {
  /** Globally unique and stable across builds, e.g. `opening-ceremony@talent-month.xiamen.example`. */
  uid: string;
  start: Date;
  end: Date;
  title: string;
  description: string;
  /** Name and address, as calendar apps show it. */
  location?: string | undefined;
  geo?: { lat: number; lng: number } | undefined;
  url: string;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  /** When the entry last changed; also used as DTSTAMP so unchanged entries give identical files. */
  lastModified: Date;
  /** Increases each time the entry changes. */
  sequence: number;
  categories?: string[] | undefined;
  /** Minutes before the start to remind the visitor (a VALARM), e.g. 60. None by default. */
  reminderMinutes?: number | undefined;
}

export interface IcsCalendar {
  /** Shown by calendar apps as the calendar's name when subscribed. */
  name: string;
  description?: string | undefined;
  /** The language of the text, as a BCP 47 tag (`zh-CN`), marked on each text property. Optional. */
  language?: string | undefined;
  events: IcsEvent[];
}

const PRODUCT_ID = '-//Xiamen Talent Service Month//Programme//EN';

/** `20230706T013000Z` */
export function icsDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** Escapes TEXT values: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 §3.1), never splitting a
 * UTF-8 character; continuation lines start with one space.
 */
export function foldLine(line: string): string {
  // Most lines are short: at most 75 characters are at most 75 octets when none is beyond ASCII.
  if (line.length <= 75 && !NON_ASCII.test(line)) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) ?? 0);
    // The first line may hold 75 octets; continuation lines 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const NON_ASCII = /[^\u0000-\u007f]/;

/** How many octets UTF-8 takes for a code point. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

function eventLines(event: IcsEvent, language: string | undefined): string[] {
  // RFC 5545 3.2.10: the LANGUAGE parameter tells apps (and screen readers) what language a text is in.
  const text = (name: string): string => (language ? `${name};LANGUAGE=${language}` : name);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsDateTime(event.lastModified)}`,
    `LAST-MODIFIED:${icsDateTime(event.lastModified)}`,
    `SEQUENCE:${String(event.sequence)}`,
    `DTSTART:${icsDateTime(event.start)}`,
    `DTEND:${icsDateTime(event.end)}`,
    `${text('SUMMARY')}:${escapeText(event.title)}`,
    `${text('DESCRIPTION')}:${escapeText(event.description)}`,
    `URL:${event.url}`,
    `STATUS:${event.status}`,
  ];
  if (event.location) lines.push(`${text('LOCATION')}:${escapeText(event.location)}`);
  if (event.geo) lines.push(`GEO:${String(event.geo.lat)};${String(event.geo.lng)}`);
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  // A cancelled event needs no reminder: it only tells calendars to strike the event out.
  if (event.reminderMinutes !== undefined && event.status !== 'CANCELLED') {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `${text('DESCRIPTION')}:${escapeText(event.title)}`,
      `TRIGGER:${reminderTrigger(event.reminderMinutes)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * How long before the start a reminder fires, as an RFC 5545 duration counted back from DTSTART,
 * in the largest whole unit.
 * @example reminderTrigger(15) // '-PT15M'
 * @example reminderTrigger(60) // '-PT1H'
 * @example reminderTrigger(1440) // '-P1D'
 */
export function reminderTrigger(minutes: number): string {
  if (minutes > 0 && minutes % 1440 === 0) return `-P${String(minutes / 1440)}D`;
  if (minutes > 0 && minutes % 60 === 0) return `-PT${String(minutes / 60)}H`;
  return `-PT${String(Math.max(0, Math.round(minutes)))}M`;
}

/** The whole file: CRLF line ends, folded lines, one VEVENT per event. */
export function writeCalendar(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
    ...calendar.events.flatMap((event) => eventLines(event, calendar.language)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
