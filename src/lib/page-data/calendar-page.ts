/** What the month calendar shows, in one locale. */
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { getProgrammeByDay } from '../queries/activities.ts';
import { getEvent } from '../queries/event.ts';

/**
 * The festival, each day's activities as the calendar names them (one over several days on each,
 * saying which day of it this is), and the categories in use (for its key).
 */
export async function getCalendarPage(locale: Locale) {
  const t = useTranslations(locale);
  const [event, days] = await Promise.all([getEvent(locale), getProgrammeByDay(locale)]);
  const activitiesByDay = new Map(
    days.map(({ day, items }) => [
      day,
      items.map(({ activity, span }) => ({
        id: activity.id,
        title: activity.data.title,
        category: activity.data.category,
        cancelled: activity.data.status.state === 'cancelled',
        /** "Day 2 of 3" for an activity over several days. */
        dayOf: span.total > 1 ? t('span.dayOf', { number: span.number, total: span.total }) : undefined,
        /** Whether it began on an earlier day. */
        continues: span.number > 1,
      })),
    ]),
  );
  const categories = [...new Set(days.flatMap(({ items }) => items.map(({ activity }) => activity.data.category)))].sort();
  return { event, activitiesByDay, categories };
}
