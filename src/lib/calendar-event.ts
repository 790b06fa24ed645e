/** An activity as a calendar event: what every calendar file and calendar link says about it. */
import { listOf, punctuation } from './languages.ts';
import type { IcsEvent } from './ics.ts';

export interface CalendarSource {
  id: string;
  title: string;
  summary: string;
  start: Date;
  end: Date;
  status: { state: string; reason?: string | undefined };
  category: string;
  venue?: { name: string; address: string; coordinates: { lat: number; lng: number } } | undefined;
  onlineUrl?: string | undefined;
  organisers: readonly string[];
}

/** Where it happens, as one line: venue and address, or "Online" with the link. */
export function locationOf(activity: Pick<CalendarSource, 'venue' | 'onlineUrl'>, onlineLabel: string, languageTag = 'en-GB'): string {
  const { comma, colon } = punctuation(languageTag);
  if (activity.venue) return `${activity.venue.name}${comma}${activity.venue.address}`;
  return activity.onlineUrl ? `${onlineLabel}${colon}${activity.onlineUrl}` : onlineLabel;
}

/**
 * The event for an activity.
 * @param url the activity page's absolute address
 * @param site the site's address, whose host makes the UID globally unique
 */
export function calendarEvent(
  activity: CalendarSource,
  options: {
    url: string;
    site: URL;
    categoryLabel: string;
    /** The status in the text's language, e.g. "Cancelled" or "已取消", said before its reason. */
    statusLabel: string;
    onlineLabel: string;
    /** The language of the text, for its punctuation, e.g. `zh-CN`. Default: en-GB. */
    languageTag?: string;
    organisedBy: string;
    revision: { lastModified: Date; sequence: number };
  },
): IcsEvent {
  const { state, reason } = activity.status;
  const tag = options.languageTag ?? 'en-GB';
  const { colon } = punctuation(tag);
  const description = [
    activity.summary,
    reason ? `${options.statusLabel}${colon}${reason}` : '',
    activity.organisers.length > 0 ? `${options.organisedBy}${colon}${listOf(activity.organisers, tag)}` : '',
    options.url,
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    uid: `${activity.id}@${options.site.hostname}`,
    start: activity.start,
    end: activity.end,
    title: activity.title,
    description,
    location: locationOf(activity, options.onlineLabel, options.languageTag),
    geo: activity.venue?.coordinates,
    url: options.url,
    status: state === 'cancelled' ? 'CANCELLED' : state === 'postponed' ? 'TENTATIVE' : 'CONFIRMED',
    lastModified: options.revision.lastModified,
    sequence: options.revision.sequence,
    categories: [options.categoryLabel],
  };
}
