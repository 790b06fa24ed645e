/**
 * The programme as a conference schedule, the model the schedule apps' formats share (the
 * frab/Pentabarf XML, the c3voc JSON and xCal; written by frab-xml.ts, schedule-json.ts and
 * xcal.ts): the conference, its days, the rooms of each day (a room is a venue; online activities
 * share one virtual room) and the events in them. Every activity is one event, on the day it
 * starts, whatever its state: a cancelled or postponed one says so in its title and description
 * rather than disappearing from the apps that already show it.
 * Pure: the time zone's offset, the words and the site's host come in as arguments.
 */
import { v5 as uuidV5 } from 'uuid';
import { daysBetween, dayInZone } from './dates.ts';
import { withOffset } from './json-ld.ts';

export interface ScheduleActivity {
  id: string;
  url: string;
  title: string;
  summary: string;
  start: Date;
  end: Date;
  category: string;
  state: string;
  /** Why it was cancelled, postponed or moved, as the editors wrote it. */
  reason?: string | undefined;
  format: string;
  languages: readonly string[];
  venue?: { id: string; name: string } | undefined;
  onlineUrl?: string | undefined;
  organisers: readonly { id: string; name: string; url?: string | undefined }[];
  registration?: { url: string } | undefined;
}

/** The words of the schedule's language. */
export interface ScheduleWords {
  track: (category: string) => string;
  type: (format: string) => string;
  status: (state: string) => string;
  /** The virtual room's name. */
  online: string;
  activityPage: string;
  register: string;
  joinOnline: string;
  /** "{status}: {title}", as the language writes it. */
  withStatus: (status: string, text: string) => string;
}

export interface ScheduleSource {
  title: string;
  /** A short name for the schedule in apps' lists: lower-case letters and digits. */
  acronym: string;
  /** First and last day, `YYYY-MM-DD`. */
  opens: string;
  closes: string;
  timeZone: string;
  /** The zone's offset from UTC in minutes (Asia/Shanghai has no summer time: always 480). */
  offsetMinutes: number;
  /** The language's home page, where every address in the schedule starts. */
  home: string;
  /** The host that makes every guid the site's own, as in the calendar files' UIDs. */
  host: string;
  /** Changes with every change to the programme, so an app knows to fetch it again. */
  version: string;
  words: ScheduleWords;
  activities: readonly ScheduleActivity[];
}

export interface ScheduleRoom {
  name: string;
  slug: string;
  guid: string;
  online: boolean;
}

export interface ScheduleLink {
  url: string;
  title: string;
  /** Its kind, from the c3voc JSON's list: the activity's page is `web`, the rest `related`. */
  type: 'web' | 'related';
}

export interface ScheduleEvent {
  /** The activity's id, as in its address and its calendar UID. */
  activity: string;
  guid: string;
  /** A positive number for the apps that still key events by number, derived from the guid. */
  id: number;
  slug: string;
  /** Start and end with the zone's offset; start as `HH:MM` on its day; duration as `HH:MM`. */
  date: string;
  end: string;
  start: string;
  duration: string;
  room: ScheduleRoom;
  title: string;
  subtitle: string;
  track: string;
  type: string;
  language: string;
  abstract: string;
  description: string;
  persons: { name: string; guid: string }[];
  links: ScheduleLink[];
  url: string;
  state: string;
  /** The instants, for formats that give them in UTC. */
  startsAt: Date;
  endsAt: Date;
}

export interface ScheduleDay {
  index: number;
  date: string;
  start: string;
  end: string;
  rooms: { room: ScheduleRoom; events: ScheduleEvent[] }[];
}

export interface Schedule {
  version: string;
  conference: {
    title: string;
    acronym: string;
    start: string;
    end: string;
    timeZone: string;
    url: string;
    /** The grid apps draw the timetable on: half an hour. */
    timeslot: string;
    tracks: { name: string; slug: string }[];
    rooms: ScheduleRoom[];
  };
  days: ScheduleDay[];
}

/** A guid of the site's own for a thing: a name-based (version 5) UUID, the same at every build. */
export function guidOf(name: string, host: string): string {
  return uuidV5(`${name}@${host}`, uuidV5.URL);
}

/** Hours and minutes, `HH:MM`, of a span; hours may pass 24 for an activity over several days. */
export function hoursAndMinutes(start: Date, end: Date): string {
  const minutes = Math.round((end.getTime() - start.getTime()) / 60_000);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** States whose times a visitor can no longer plan by: the title says so first. */
const FLAGGED_STATES = new Set(['cancelled', 'postponed']);

/** A venue's room, or the one online room for an activity online (or moved online). */
function roomOf(activity: ScheduleActivity, source: ScheduleSource): ScheduleRoom {
  const venue = activity.state === 'moved-online' || activity.format === 'online' ? undefined : activity.venue;
  if (!venue) return { name: source.words.online, slug: 'online', guid: guidOf('room:online', source.host), online: true };
  return { name: venue.name, slug: venue.id, guid: guidOf(`room:${venue.id}`, source.host), online: false };
}

function eventOf(activity: ScheduleActivity, source: ScheduleSource): ScheduleEvent {
  const { words, offsetMinutes } = source;
  const guid = guidOf(activity.id, source.host);
  const date = withOffset(activity.start, offsetMinutes);
  const status = activity.state === 'scheduled' ? '' : words.status(activity.state);
  const links: ScheduleLink[] = [
    { url: activity.url, title: words.activityPage, type: 'web' },
    ...(activity.registration && activity.state !== 'cancelled'
      ? [{ url: activity.registration.url, title: words.register, type: 'related' as const }]
      : []),
    ...(activity.onlineUrl ? [{ url: activity.onlineUrl, title: words.joinOnline, type: 'related' as const }] : []),
  ];
  return {
    activity: activity.id,
    guid,
    id: Number.parseInt(guid.slice(0, 7), 16) + 1,
    slug: `${source.acronym}-${activity.id}`,
    date,
    end: withOffset(activity.end, offsetMinutes),
    start: date.slice(11, 16),
    duration: hoursAndMinutes(activity.start, activity.end),
    room: roomOf(activity, source),
    title: FLAGGED_STATES.has(activity.state) ? words.withStatus(status, activity.title) : activity.title,
    subtitle: activity.summary,
    track: words.track(activity.category),
    type: words.type(activity.format),
    language: activity.languages[0] ?? '',
    abstract: activity.summary,
    description: [activity.summary, status && activity.reason ? words.withStatus(status, activity.reason) : status]
      .filter(Boolean)
      .join('\n\n'),
    persons: activity.organisers.map((organiser) => ({ name: organiser.name, guid: guidOf(`organiser:${organiser.id}`, source.host) })),
    links,
    url: activity.url,
    state: activity.state,
    startsAt: activity.start,
    endsAt: activity.end,
  };
}

/** The schedule of the whole programme: every day from the first to the last, each with its rooms in order of name. */
export function scheduleOf(source: ScheduleSource): Schedule {
  const events = source.activities.map((activity) => eventOf(activity, source));
  const ids = new Set(events.map((event) => event.id));
  // The number apps key events by must be unique too; two guids agreeing in 28 bits would need another scheme.
  if (ids.size !== events.length) throw new Error('Two activities got the same schedule id: derive it from more of the guid.');
  // Each day runs from midnight to midnight in the festival's zone.
  const offset = withOffset(new Date(0), source.offsetMinutes).slice(-6);
  const days = daysBetween(source.opens, source.closes).map((day, index) => {
    const onDay = events
      .filter((event) => dayInZone(event.startsAt, source.timeZone) === day)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    const rooms = roomsIn(onDay).map((room) => ({ room, events: onDay.filter((event) => event.room.guid === room.guid) }));
    return { index: index + 1, date: day, start: `${day}T00:00:00${offset}`, end: `${nextDay(day)}T00:00:00${offset}`, rooms };
  });
  const tracks = [
    ...new Map(source.activities.map((activity) => [activity.category, source.words.track(activity.category)])).entries(),
  ].map(([slug, name]) => ({ name, slug }));
  return {
    version: source.version,
    conference: {
      title: source.title,
      acronym: source.acronym,
      start: source.opens,
      end: source.closes,
      timeZone: source.timeZone,
      url: source.home,
      timeslot: '00:30',
      tracks,
      rooms: roomsIn(events),
    },
    days,
  };
}

/** The rooms of some events, each once: venues by name, then the online room. */
function roomsIn(events: readonly ScheduleEvent[]): ScheduleRoom[] {
  return [...new Map(events.map((event) => [event.room.guid, event.room])).values()].sort(
    (a, b) => Number(a.online) - Number(b.online) || a.name.localeCompare(b.name),
  );
}

/** The day after `day`, `YYYY-MM-DD`. */
function nextDay(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
