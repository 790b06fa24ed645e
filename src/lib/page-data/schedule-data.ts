/**
 * The programme as a conference schedule in one locale's words (src/lib/schedule.ts), which the
 * schedule files (/schedule.xml, /schedule.json, /schedule.xcal) write in their formats; made
 * once per build and locale.
 */
import { languageTag, useTranslations, type Locale, type UiKey } from '../../i18n/index.ts';
import { collectionPath } from '../entry-routes.ts';
import { punctuation } from '../languages.ts';
import { getProgramme } from '../queries/activities.ts';
import { getChanges } from '../queries/changes.ts';
import { getEvent } from '../queries/event.ts';
import { perBuild } from '../queries/per-build.ts';
import { scheduleOf, type Schedule } from '../schedule.ts';
import { pathTo } from '../urls.ts';

/** The schedule's short name in apps' lists, the same in every language (lower-case letters and digits, as the formats ask). */
export const SCHEDULE_ACRONYM = 'xiamentalent2023';

/** Xiamen keeps UTC+8 all year. */
const XIAMEN_OFFSET = 8 * 60;

export function getSchedule(site: URL, locale: Locale): Promise<Schedule> {
  return schedule(site.href, locale);
}

const schedule = perBuild(async (siteAddress: string, locale: Locale): Promise<Schedule> => {
  const site = new URL(siteAddress);
  const t = useTranslations(locale);
  const { colon } = punctuation(languageTag(locale));
  const [event, programme, changes] = await Promise.all([getEvent(locale), getProgramme(locale), getChanges()]);
  return scheduleOf({
    title: event.name,
    acronym: SCHEDULE_ACRONYM,
    opens: event.window.opens,
    closes: event.window.closes,
    timeZone: event.timeZone,
    offsetMinutes: XIAMEN_OFFSET,
    home: new URL(pathTo(locale), site).href,
    host: site.hostname,
    // One more with every change to the programme that /changes/ lists.
    version: String(changes.length),
    words: {
      track: (category) => t(`category.${category}` as UiKey),
      type: (format) => t(`format.${format}` as UiKey),
      status: (state) => t(`status.${state}` as UiKey),
      online: t('activity.online'),
      activityPage: t('schedule.activityPage'),
      register: t('activity.register'),
      joinOnline: t('activity.joinOnline'),
      withStatus: (status, text) => `${status}${colon}${text}`,
    },
    activities: programme.map(({ activity, venue, organisers }) => ({
      id: activity.id,
      url: new URL(collectionPath(locale, 'activities', activity.id), site).href,
      title: activity.data.title,
      summary: activity.data.summary,
      start: activity.data.start,
      end: activity.data.end,
      category: activity.data.category,
      state: activity.data.status.state,
      reason: 'reason' in activity.data.status ? activity.data.status.reason : undefined,
      format: activity.data.format,
      languages: activity.data.languages,
      venue: venue && { id: venue.id, name: venue.data.name },
      onlineUrl: activity.data.onlineUrl,
      organisers: organisers.map((organiser) => ({ id: organiser.id, name: organiser.data.name, url: organiser.data.url })),
      registration: activity.data.registration,
    })),
  });
});
