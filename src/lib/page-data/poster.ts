/**
 * What an activity's or a venue's page prints as a poster, in every language, the page's first:
 * its name, its dates and times, its place. Visitors who read either language find their own on
 * the same sheet; the QR code takes them to the page.
 */
import { LOCALES, languageTag, useTranslations, type Locale } from '../../i18n/index.ts';
import { formatDay, formatSpan } from '../dates.ts';
import { punctuation } from '../languages.ts';
import { getActivity, getPlacesAndPeople, type ActivityEntry, type VenueEntry } from '../queries/activities.ts';
import { getEvent } from '../queries/event.ts';

/** One language's lines of a poster. */
export interface PosterLines {
  locale: Locale;
  tag: string;
  site: string;
  title: string;
  /** A cancellation or postponement, said first. */
  status?: string | undefined;
  when: string;
  where?: string | undefined;
  scan: string;
}

/** The page's language first, then the others. */
const inOrder = (locale: Locale): Locale[] => [locale, ...LOCALES.filter((other) => other !== locale)];

export async function getActivityPoster(activity: ActivityEntry, locale: Locale): Promise<PosterLines[]> {
  return Promise.all(
    inOrder(locale).map(async (language) => {
      const t = useTranslations(language);
      const tag = languageTag(language);
      const [event, translated, { venues }] = await Promise.all([
        getEvent(language),
        getActivity(activity.id, language),
        getPlacesAndPeople(language),
      ]);
      const { title, start, end, status, venue } = (translated ?? activity).data;
      const place = venue ? venues.get(venue.id) : undefined;
      return {
        locale: language,
        tag,
        site: event.name,
        title,
        status: status.state === 'scheduled' ? undefined : t(`status.${status.state}`),
        when: `${formatSpan(start, end, tag, event.timeZone)} ${t('activity.timeZoneNote')}`,
        where: place ? `${place.data.name}${punctuation(tag).comma}${place.data.address}` : t('activity.online'),
        scan: t('poster.scanActivity'),
      };
    }),
  );
}

export async function getVenuePoster(venue: VenueEntry, locale: Locale): Promise<PosterLines[]> {
  return Promise.all(
    inOrder(locale).map(async (language) => {
      const t = useTranslations(language);
      const tag = languageTag(language);
      const [event, { venues }] = await Promise.all([getEvent(language), getPlacesAndPeople(language)]);
      const place = venues.get(venue.id) ?? venue;
      return {
        locale: language,
        tag,
        site: event.name,
        title: place.data.name,
        when: t('home.window', { opens: formatDay(event.window.opens, tag), closes: formatDay(event.window.closes, tag) }),
        where: place.data.address,
        scan: t('poster.scanVenue'),
      };
    }),
  );
}
