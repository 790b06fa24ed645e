/**
 * The schedule as frab/Pentabarf schedule XML (media type application/vnd.c3voc.schedule+xml),
 * the format Giggity, EventFahrplan, FOSDEM Companion and ConfClerk read. Elements come in the
 * order the c3voc schema (voc/schedule, validator/xsd/schedule.xml.xsd) lists them, with its
 * value types: dates with their offset, `HH:MM` times and durations, UUID guids.
 */
import type { Schedule, ScheduleEvent } from './schedule.ts';
import { element, escapeXml } from './xml.ts';

function eventXml(event: ScheduleEvent, indent: string): string {
  const inner = `${indent}  `;
  const lines = [
    element('room', event.room.name),
    element('title', event.title),
    element('subtitle', event.subtitle),
    element('type', event.type),
    element('date', event.date),
    element('start', event.start),
    element('duration', event.duration),
    element('abstract', event.abstract),
    element('slug', event.slug),
    element('track', event.track),
    `<persons>${event.persons.map((person) => element('person', person.name, { guid: person.guid })).join('')}</persons>`,
    element('language', event.language),
    element('description', event.description),
    `<links>${event.links.map((link) => element('link', link.title, { href: link.url })).join('')}</links>`,
    element('url', event.url),
  ];
  return `${indent}<event guid="${event.guid}" id="${String(event.id)}">\n${lines.map((line) => `${inner}${line}`).join('\n')}\n${indent}</event>`;
}

/** The whole document. `self` is the address it is published at. */
export function writeFrabXml(schedule: Schedule, self: string): string {
  const { conference } = schedule;
  const days = schedule.days.map((day) => {
    const rooms = day.rooms.map(
      ({ room, events }) =>
        `    <room name="${escapeXml(room.name)}" guid="${room.guid}">\n${events.map((event) => eventXml(event, '      ')).join('\n')}\n    </room>`,
    );
    const open = `  <day index="${String(day.index)}" date="${day.date}" start="${day.start}" end="${day.end}"`;
    return rooms.length === 0 ? `${open}/>` : `${open}>\n${rooms.join('\n')}\n  </day>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  ${element('url', self)}
  ${element('version', schedule.version)}
  <conference>
    ${element('title', conference.title)}
    ${element('acronym', conference.acronym)}
    ${element('start', conference.start)}
    ${element('end', conference.end)}
    ${element('days', String(schedule.days.length))}
    ${element('timeslot_duration', conference.timeslot)}
    ${element('base_url', conference.url)}
    ${element('url', conference.url)}
    ${element('time_zone_name', conference.timeZone)}
${conference.tracks.map((track) => `    ${element('track', track.name, { name: track.name, slug: track.slug })}`).join('\n')}
  </conference>
${days.join('\n')}
</schedule>
`;
}
