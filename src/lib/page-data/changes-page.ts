/** What the changes page, the changes feed and an activity page's "Updated on" line show, in one locale. */
import { languageTag, useTranslations, type Locale } from '../../i18n/index.ts';
import type { Change } from '../change-history.ts';
import { describeChange } from '../change-words.ts';
import { dayInZone } from '../dates.ts';
import { groupsOf } from '../groups.ts';
import { getActivities, getPlacesAndPeople, type ActivityEntry } from '../queries/activities.ts';
import { getChanges } from '../queries/changes.ts';
import { getEvent } from '../queries/event.ts';
import { perBuild } from '../queries/per-build.ts';

export interface DescribedChange {
  change: Change;
  activity: ActivityEntry;
  /** What changed, a sentence each, in the locale's words. */
  sentences: string[];
}

/** Every change to a published activity, newest first, described in the locale's words; made once per build. */
export const getDescribedChanges = perBuild(async (locale: Locale): Promise<DescribedChange[]> => {
  const t = useTranslations(locale);
  const [changes, activities, { venues }, event] = await Promise.all([
    getChanges(),
    getActivities(locale),
    getPlacesAndPeople(locale),
    getEvent(locale),
  ]);
  const byId = new Map(activities.map((activity) => [activity.id, activity]));
  return changes.flatMap((change) => {
    const activity = byId.get(change.id);
    if (!activity) return [];
    const { status } = activity.data;
    const reason = 'reason' in status && status.reason ? { state: status.state, text: status.reason } : undefined;
    const sentences = describeChange(change.items, {
      t,
      languageTag: languageTag(locale),
      timeZone: event.timeZone,
      venueName: (id) => venues.get(id)?.data.name ?? id,
      reason,
    });
    return sentences.length > 0 ? [{ change, activity, sentences }] : [];
  });
});

/** The latest change made to an activity after it was first published, if any: its page says so at the top. */
export async function getLatestUpdate(activity: ActivityEntry, locale: Locale): Promise<DescribedChange | undefined> {
  return (await getDescribedChanges(locale)).find(({ change }) => change.id === activity.id && !change.atPublication);
}

/** The changes day by day (days in the event's time zone), the newest day first. */
export async function getChangesByDay(locale: Locale): Promise<{ day: string; changes: DescribedChange[] }[]> {
  const [changes, event] = await Promise.all([getDescribedChanges(locale), getEvent(locale)]);
  return groupsOf(changes, ({ change }) => dayInZone(change.date, event.timeZone)).map(({ key, items }) => ({ day: key, changes: items }));
}
