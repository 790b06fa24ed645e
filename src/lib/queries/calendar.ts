/** Calendar events for the programme's activities, as the .ics endpoints and pages need them. */
import { languageTag, useTranslations, type Locale } from '../../i18n/index.ts';
import { calendarEvent } from '../calendar-event.ts';
import { writeCalendar, type IcsEvent } from '../ics.ts';
import { punctuation } from '../languages.ts';
import { getEvent } from './event.ts';
import { getProgramme, type ActivityEntry } from './activities.ts';
import { perBuild } from './per-build.ts';
import { revisionOf } from './revisions.ts';
import { collectionPath } from '../entry-routes.ts';

export interface ProgrammeEvent {
  activity: ActivityEntry;
  event: IcsEvent;
}

/** Every published activity as a calendar event, in one locale's words, in time order. */
export function getProgrammeEvents(site: URL, locale: Locale): Promise<ProgrammeEvent[]> {
  return programmeEvents(site.href, locale);
}

// Once per build: every calendar file of the programme (one per activity, one per category) asks for all of them.
const programmeEvents = perBuild(async (siteAddress: string, locale: Locale): Promise<ProgrammeEvent[]> => {
  const site = new URL(siteAddress);
  const t = useTranslations(locale);
  const programme = await getProgramme(locale);
  return programme.map(({ activity, venue, organisers }) => {
    const event = calendarEvent(
      {
        id: activity.id,
        title: activity.data.title,
        summary: activity.data.summary,
        start: activity.data.start,
        end: activity.data.end,
        status: activity.data.status,
        category: activity.data.category,
        venue: venue && { name: venue.data.name, address: venue.data.address, coordinates: venue.data.coordinates },
        onlineUrl: activity.data.onlineUrl,
        organisers: organisers.map((organiser) => organiser.data.name),
      },
      {
        url: new URL(collectionPath(locale, 'activities', activity.id), site).href,
        site,
        categoryLabel: t(`category.${activity.data.category}`),
        statusLabel: t(`status.${activity.data.status.state}`),
        onlineLabel: t('activity.online'),
        languageTag: languageTag(locale),
        organisedBy: t('activity.organisers'),
        revision: revisionOf(activity.sourcePath ?? ''),
      },
    );
    return { activity, event };
  });
});

/**
 * A calendar file of part of the programme (one category's, one venue's, one organiser's
 * activities), named after the festival and the part: "Xiamen Talent Service Month 2023: Careers".
 */
export async function partOfProgrammeCalendar(
  site: URL,
  locale: Locale,
  label: string,
  keep: (activity: ActivityEntry) => boolean,
): Promise<Response> {
  const [info, events] = await Promise.all([getEvent(locale), getProgrammeEvents(site, locale)]);
  const body = writeCalendar({
    name: `${info.name}${punctuation(languageTag(locale)).colon}${label}`,
    language: languageTag(locale),
    events: events.filter(({ activity }) => keep(activity)).map(({ event }) => event),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
