/**
 * An activity with its venue and organisers, as the schema.org Event builder takes it: the same
 * description on the activity's page and in the festival's list of subEvents on the home page.
 */
import type { Locale } from '../../i18n/index.ts';
import { cardPath } from '../social-card.ts';
import type { ActivityInput } from '../json-ld.ts';
import { BASE } from '../urls.ts';
import type { ProgrammeItem } from '../queries/activities.ts';
import { collectionPath } from '../entry-routes.ts';

export function structuredActivity(
  item: Pick<ProgrammeItem, 'activity' | 'venue' | 'organisers'>,
  locale: Locale,
  site: URL,
): ActivityInput {
  const { activity, venue, organisers } = item;
  const { data } = activity;
  const path = collectionPath(locale, 'activities', activity.id);
  return {
    url: new URL(path, site).href,
    title: data.title,
    summary: data.summary,
    start: data.start,
    end: data.end,
    state: data.status.state,
    previousStart: data.status.state === 'rescheduled' ? data.status.previousStart : undefined,
    format: data.format,
    venue: venue?.data,
    onlineUrl: data.onlineUrl,
    organisers: organisers.map((organiser) => organiser.data),
    registration: data.registration,
    images: [new URL(cardPath(path, BASE), site).href, ...(data.image ? [new URL(data.image.src.src, site).href] : [])],
    languages: data.languages,
  };
}
