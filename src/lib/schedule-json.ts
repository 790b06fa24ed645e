/**
 * The schedule as the c3voc schedule JSON (voc/schedule, validator/json/schema.json), the JSON
 * form of the frab XML that the c3voc tools and several apps read: the conference with its
 * tracks, rooms and days, each day's events by room name.
 */
import type { Schedule, ScheduleEvent } from './schedule.ts';

export const SCHEDULE_JSON_SCHEMA = 'https://c3voc.de/schedule/schema.json';

function eventJson(event: ScheduleEvent) {
  return {
    guid: event.guid,
    id: event.id,
    date: event.date,
    start: event.start,
    end: event.end,
    duration: event.duration,
    room: event.room.name,
    slug: event.slug,
    url: event.url,
    title: event.title,
    subtitle: event.subtitle,
    track: event.track,
    type: event.type,
    language: event.language,
    abstract: event.abstract,
    description: event.description,
    persons: event.persons.map((person) => ({ name: person.name, guid: person.guid })),
    links: event.links.map((link) => ({ url: link.url, title: link.title, type: link.type })),
  };
}

export function scheduleJson(schedule: Schedule) {
  const { conference } = schedule;
  return {
    $schema: SCHEDULE_JSON_SCHEMA,
    schedule: {
      version: schedule.version,
      base_url: conference.url,
      conference: {
        acronym: conference.acronym,
        title: conference.title,
        start: conference.start,
        end: conference.end,
        daysCount: schedule.days.length,
        timeslot_duration: conference.timeslot,
        time_zone_name: conference.timeZone,
        url: conference.url,
        tracks: conference.tracks.map((track) => ({ name: track.name, slug: track.slug })),
        rooms: conference.rooms.map((room) => ({
          name: room.name,
          slug: room.slug,
          guid: room.guid,
          ...(room.online ? { type: 'online' } : {}),
        })),
        days: schedule.days.map((day) => ({
          index: day.index,
          date: day.date,
          day_start: day.start,
          day_end: day.end,
          rooms: Object.fromEntries(day.rooms.map(({ room, events }) => [room.name, events.map(eventJson)])),
        })),
      },
    },
  };
}
