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
