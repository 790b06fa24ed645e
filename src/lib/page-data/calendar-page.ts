/** What the month calendar shows, in one locale. */
import type { Locale } from '../../i18n/index.ts';
import { getProgrammeByDay } from '../queries/activities.ts';
import { getEvent } from '../queries/event.ts';

/** The festival, each day's activities as the calendar names them, and the categories in use (for its key). */
export async function getCalendarPage(locale: Locale) {
  const [event, days] = await Promise.all([getEvent(locale), getProgrammeByDay(locale)]);
  const activitiesByDay = new Map(
    days.map(({ day, items }) => [
      day,
      items.map(({ activity }) => ({
        id: activity.id,
        title: activity.data.title,
        category: activity.data.category,
        cancelled: activity.data.status.state === 'cancelled',
      })),
    ]),
  );
  const categories = [...new Set(days.flatMap(({ items }) => items.map(({ activity }) => activity.data.category)))].sort();
  return { event, activitiesByDay, categories };
}
