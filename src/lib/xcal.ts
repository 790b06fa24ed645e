/**
 * The schedule as xCal in the form conference tools publish it beside their schedule XML
 * (`schedule.xcal`, after Pentabarf's export): iCalendar's properties as XML elements, one
 * `vevent` per activity with its instants in UTC (`20230706T013000Z`), its room as `location`
 * and its organisers as `attendee`s. Giggity reads it. A cancelled activity keeps its place
 * with `STATUS` `CANCELLED`, a postponed one `TENTATIVE`.
 */
import { icsDateTime } from './ics.ts';
import type { Schedule } from './schedule.ts';
import { element } from './xml.ts';

const STATUS: Readonly<Record<string, string>> = { cancelled: 'CANCELLED', postponed: 'TENTATIVE' };

/** An iCalendar duration (RFC 5545): `PT2H`, `PT1H30M`, `P1DT7H`. */
export function icalDuration(start: Date, end: Date): string {
  const minutes = Math.round((end.getTime() - start.getTime()) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const time = `${hours > 0 ? `${String(hours)}H` : ''}${rest > 0 ? `${String(rest)}M` : ''}`;
  return `P${days > 0 ? `${String(days)}D` : ''}${time ? `T${time}` : days > 0 ? '' : 'T0M'}`;
}

/**
 * @param uidOf the calendar UID of an event's activity, as the .ics files give it, so a calendar
 *   that has both knows them for the same event
 */
export function writeXcal(schedule: Schedule, options: { description: string; uidOf: (activity: string) => string }): string {
  const events = schedule.days.flatMap((day) => day.rooms.flatMap(({ events: inRoom }) => inRoom));
  const vevents = events.map((event) => {
    const properties = [
      element('method', 'PUBLISH'),
      element('uid', options.uidOf(event.activity)),
      element('pentabarf:event-id', String(event.id)),
      element('pentabarf:event-slug', event.slug),
      element('pentabarf:title', event.title),
      element('pentabarf:subtitle', event.subtitle),
      element('pentabarf:language', event.language),
      element('pentabarf:language-code', event.language),
      element('dtstart', icsDateTime(event.startsAt)),
      element('dtend', icsDateTime(event.endsAt)),
      element('duration', icalDuration(event.startsAt, event.endsAt)),
      element('summary', event.title),
      element('description', event.description),
      element('class', 'PUBLIC'),
      element('status', STATUS[event.state] ?? 'CONFIRMED'),
      element('category', event.track),
      element('url', event.url),
      element('location', event.room.name),
      ...event.persons.map((person) => element('attendee', person.name)),
    ];
    return `    <vevent>\n${properties.map((line) => `      ${line}`).join('\n')}\n    </vevent>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<iCalendar xmlns:pentabarf="http://pentabarf.org" xmlns:xCal="urn:ietf:params:xml:ns:xcal">
  <vcalendar>
    ${element('version', '2.0')}
    ${element('prodid', `-//${schedule.conference.acronym}//Schedule//EN`)}
    ${element('x-wr-caldesc', options.description)}
    ${element('x-wr-calname', schedule.conference.title)}
${vevents.join('\n')}
  </vcalendar>
</iCalendar>
`;
}
