/**
 * The shape of /programme.json, version 1: the whole programme for other sites and apps.
 * Absolute URLs, instants in ISO 8601 with Xiamen's offset, stable ids. A change that removes or
 * renames a field raises `version`; new fields may appear within a version.
 */
import { withOffset } from './json-ld.ts';

export const PROGRAMME_JSON_VERSION = 1;

export interface ProgrammeJson {
  version: number;
  event: { name: string; alternativeName: string; url: string; language: string; opens: string; closes: string; timeZone: string };
  activities: {
    id: string;
    url: string;
    calendar: string;
    title: string;
    summary: string;
    start: string;
    end: string;
    category: string;
    status: string;
    previousStart?: string;
    format: string;
    languages: string[];
    audience: string[];
    venue: { name: string; address: string; district: string; latitude: number; longitude: number } | null;
    onlineUrl: string | null;
    organisers: { name: string; url: string | null }[];
    registration: { url: string; deadline: string | null; required: boolean; full: boolean; waitingList: string | null } | null;
    /** How many times what a visitor plans by (time, venue, format, status, registration) has changed: one more with each change. */
    revision: number;
  }[];
}

export interface ProgrammeJsonActivity {
  id: string;
  url: string;
  calendar: string;
  title: string;
  summary: string;
  start: Date;
  end: Date;
  category: string;
  status: { state: string; previousStart?: Date };
  format: string;
  languages: readonly string[];
  audience: readonly string[];
  venue: { name: string; address: string; district: string; coordinates: { lat: number; lng: number } } | undefined;
  onlineUrl: string | undefined;
  organisers: { name: string; url?: string | undefined }[];
  registration:
    { url: string; deadline?: Date | undefined; required: boolean; full: boolean; waitingList?: string | undefined } | undefined;
  revision: number;
}

const XIAMEN = 8 * 60;

export function programmeJson(event: ProgrammeJson['event'], activities: readonly ProgrammeJsonActivity[]): ProgrammeJson {
  return {
    version: PROGRAMME_JSON_VERSION,
    event,
    activities: activities.map((activity) => ({
      id: activity.id,
      url: activity.url,
      calendar: activity.calendar,
      title: activity.title,
      summary: activity.summary,
      start: withOffset(activity.start, XIAMEN),
      end: withOffset(activity.end, XIAMEN),
      category: activity.category,
      status: activity.status.state,
      ...(activity.status.previousStart ? { previousStart: withOffset(activity.status.previousStart, XIAMEN) } : {}),
      format: activity.format,
      languages: [...activity.languages],
      audience: [...activity.audience],
      venue: activity.venue
        ? {
            name: activity.venue.name,
            address: activity.venue.address,
            district: activity.venue.district,
            latitude: activity.venue.coordinates.lat,
            longitude: activity.venue.coordinates.lng,
          }
        : null,
      onlineUrl: activity.onlineUrl ?? null,
      organisers: activity.organisers.map((organiser) => ({ name: organiser.name, url: organiser.url ?? null })),
      registration: activity.registration
        ? {
            url: activity.registration.url,
            deadline: activity.registration.deadline ? withOffset(activity.registration.deadline, XIAMEN) : null,
            required: activity.registration.required,
            full: activity.registration.full,
            waitingList: activity.registration.waitingList ?? null,
          }
        : null,
      revision: activity.revision,
    })),
  };
}
