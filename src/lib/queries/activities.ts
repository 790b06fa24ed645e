/** Activities, as pages need them: in time order, grouped by day, with their venue and organisers. */
import { getEntries, getEntry, type CollectionEntry } from 'astro:content';
import { byStart, groupByDay } from '../programme.ts';
import { getEvent } from './event.ts';
import { getPublished } from './published.ts';

export type ActivityEntry = CollectionEntry<'activities'>;

/** Every published activity, earliest first. */
export async function getActivities(): Promise<ActivityEntry[]> {
  return byStart(await getPublished('activities'), (entry) => entry.data);
}

/** Published activities grouped by the day they start on, in the event's time zone. */
export async function getActivitiesByDay() {
  const [activities, event] = await Promise.all([getActivities(), getEvent()]);
  return groupByDay(activities, (entry) => entry.data, event.timeZone);
}

/** Highlights for the home page. */
export async function getFeaturedActivities(): Promise<ActivityEntry[]> {
  return (await getActivities()).filter((entry) => entry.data.featured);
}

/** What an activity page shows beside the activity itself. */
export async function getActivityDetails(activity: ActivityEntry) {
  const { venue, organisers, relatedGuidance, relatedUniversities, relatedAwards } = activity.data;
  const [venueEntry, organiserEntries, guidance, universities, awards] = await Promise.all([
    venue ? getEntry(venue) : undefined,
    getEntries(organisers),
    getEntries(relatedGuidance),
    getEntries(relatedUniversities),
    getEntries(relatedAwards),
  ]);
  return { venue: venueEntry, organisers: organiserEntries, guidance, universities, awards };
}
