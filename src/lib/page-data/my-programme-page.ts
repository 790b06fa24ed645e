/** What My programme hands its script: every activity a visitor can save, as the page lists and exports it. */
import { languageTag, useTranslations, type Locale } from '../../i18n/index.ts';
import { formatSpan } from '../dates.ts';
import { collectionPath } from '../entry-routes.ts';
import type { MyProgrammeData } from '../island-data.ts';
import { punctuation } from '../languages.ts';
import { getProgrammeEvents } from '../queries/calendar.ts';
import { getEvent } from '../queries/event.ts';

/** The island's data: the calendar's name, each activity with its calendar event, and the labels; no more. */
export async function getMyProgrammeData(locale: Locale, site: URL): Promise<MyProgrammeData> {
  const t = useTranslations(locale);
  const tag = languageTag(locale);
  const [event, programme] = await Promise.all([getEvent(locale), getProgrammeEvents(site, locale)]);
  return {
    calendarName: `${t('myProgramme.title')}${punctuation(tag).colon}${event.name}`,
    language: tag,
    activities: programme.map(({ activity, event: calendarEvent }) => ({
      id: activity.id,
      title: activity.data.title,
      href: collectionPath(locale, 'activities', activity.id),
      when: formatSpan(activity.data.start, activity.data.end, tag, event.timeZone),
      // An online activity's address is a link of its own, not text in its location.
      where: activity.data.format === 'online' ? t('activity.online') : (calendarEvent.location ?? ''),
      online: activity.data.onlineUrl ? { href: activity.data.onlineUrl, label: t('activity.joinOnline') } : undefined,
      status: activity.data.status.state === 'scheduled' ? '' : t(`status.${activity.data.status.state}`),
      // Instants as text, the way JSON carries them; the script turns them back into dates.
      event: {
        ...calendarEvent,
        start: calendarEvent.start.toISOString(),
        end: calendarEvent.end.toISOString(),
        lastModified: calendarEvent.lastModified.toISOString(),
      },
    })),
    labels: {
      overlaps: t('myProgramme.overlaps', { titles: '{titles}' }),
      remove: t('myProgramme.remove', { title: '{title}' }),
      removeShort: t('myProgramme.removeShort'),
      copied: t('myProgramme.copied'),
      added: t('myProgramme.added'),
      count: t('myProgramme.count', { count: '{count}' }),
    },
  };
}
