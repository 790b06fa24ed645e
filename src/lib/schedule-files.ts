/**
 * The schedule files each language publishes, and the media type each is served with: by the
 * test server (scripts/serve-static.ts) and, through `_headers`, by hosts that read it.
 */
export const SCHEDULE_TYPES = {
  // Registered with IANA for this format.
  '.xml': 'application/vnd.c3voc.schedule+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  // xCal's registered type (RFC 6321).
  '.xcal': 'application/calendar+xml; charset=utf-8',
} as const;

export const SCHEDULE_FILES = ['schedule.xml', 'schedule.json', 'schedule.xcal'] as const;

/**
 * A link that opens a schedule in Giggity on Android (its own deep-link form; without the app it
 * leads to a page that offers it).
 * @example giggityLink('https://example.org/schedule.xml') // 'https://ggt.gaa.st/#url=https%3A%2F%2Fexample.org%2Fschedule.xml'
 */
export function giggityLink(schedule: string): string {
  return `https://ggt.gaa.st/#url=${encodeURIComponent(schedule)}`;
}
