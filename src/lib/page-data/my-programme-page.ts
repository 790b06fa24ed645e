/** What My programme hands its script: every activity a visitor can save, as the page lists and exports it. */
import { languageTag, pluralForms, useTranslations, type Locale } from '../../i18n/index.ts';
import { AREAS, ISLANDS, type Area, type Island } from '../../schemas/journeys.ts';
import type { ClashLabels } from '../clash-words.ts';
import { travelArea } from '../clashes.ts';
import { formatSpan } from '../dates.ts';
import { collectionPath } from '../entry-routes.ts';
import type { MyProgrammeData } from '../island-data.ts';
import { punctuation } from '../languages.ts';
import { getPlacesAndPeople } from '../queries/activities.ts';
import { getProgrammeEvents } from '../queries/calendar.ts';
import { getEvent } from '../queries/event.ts';
import { getJourneyTable } from '../queries/journeys.ts';
import { getDescribedChanges } from './changes-page.ts';

const isIsland = (area: Area): area is Island => (ISLANDS as readonly Area[]).includes(area);

/** The words of the clash warnings in `locale`, their placeholders left for the script to fill. */
export function clashLabels(locale: Locale): ClashLabels {
  const t = useTranslations(locale);
  return {
    overlaps: t('myProgramme.overlaps'),
    startsAfter: t('myProgramme.startsAfter'),
    endsBefore: t('myProgramme.endsBefore'),
    startsAsEnds: t('myProgramme.startsAsEnds'),
    endsAsStarts: t('myProgramme.endsAsStarts'),
    route: t('myProgramme.route'),
    routeWithin: t('myProgramme.routeWithin'),
    minutes: pluralForms(locale, 'myProgramme.minutes'),
    areas: Object.fromEntries(AREAS.map((area) => [area, isIsland(area) ? t(`area.${area}`) : t(`district.${area}`)])) as Record<
      Area,
      string
    >,
  };
}

/**
 * The island's data: the calendar's name, each activity with its calendar event and travel area,
 * the journey table and the labels; no more.
 */
export async function getMyProgrammeData(locale: Locale, site: URL): Promise<MyProgrammeData> {
  const t = useTranslations(locale);
  const tag = languageTag(locale);
  const [event, programme, { venues }, journeys, described] = await Promise.all([
    getEvent(locale),
    getProgrammeEvents(site, locale),
    getPlacesAndPeople(locale),
    getJourneyTable(),
    getDescribedChanges(locale),
  ]);
  // Each activity's changes, oldest first (the list is newest first).
  const changesOf = (id: string) =>
    described
      .filter(({ change }) => change.id === id)
      .reverse()
      .map(({ change, sentences }) => ({ date: change.date.toISOString(), sentences }));
  return {
    calendarName: `${t('myProgramme.title')}${punctuation(tag).colon}${event.name}`,
    language: tag,
    activities: programme.map(({ activity, event: calendarEvent }) => ({
      id: activity.id,
      area: travelArea(
        { format: activity.data.format, movedOnline: activity.data.status.state === 'moved-online' },
        activity.data.venue && venues.get(activity.data.venue.id)?.data,
      ),
      venue: activity.data.venue?.id,
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
      changes: changesOf(activity.id),
    })),
    journeys,
    labels: {
      remove: t('myProgramme.remove', { title: '{title}' }),
      removeShort: t('myProgramme.removeShort'),
      copied: t('myProgramme.copied'),
      added: t('myProgramme.added'),
      count: t('myProgramme.count', { count: '{count}' }),
      changed: t('myProgramme.changed'),
      seen: t('myProgramme.seen', { title: '{title}' }),
      seenShort: t('myProgramme.seenShort'),
    },
    clashes: clashLabels(locale),
  };
}
