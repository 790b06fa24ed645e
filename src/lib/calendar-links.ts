/** Links that add one event to a web calendar, and subscription links for calendar files. */

const basic = (instant: Date): string =>
  instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');

interface LinkEvent {
  title: string;
  start: Date;
  end: Date;
  description: string;
  location: string;
}

/**
 * Google Calendar's "create event" page, with the times in UTC so they land right whatever the
 * visitor's calendar zone is.
 * @example googleCalendarLink(event) // 'https://calendar.google.com/calendar/render?action=TEMPLATE&text=…&dates=20230706T013000Z/20230706T033000Z…'
 */
export function googleCalendarLink(event: LinkEvent): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${basic(event.start)}/${basic(event.end)}`,
    details: event.description,
    location: event.location,
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/** Outlook on the web's "new event" page, with ISO 8601 times in UTC. */
export function outlookCalendarLink(event: LinkEvent): string {
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: event.start.toISOString(),
    enddt: event.end.toISOString(),
    body: event.description,
    location: event.location,
  });
  return `https://outlook.live.com/calendar/0/action/compose?${params.toString()}`;
}

/**
 * The `webcal://` form of a calendar file's address, which calendar apps open as a subscription.
 * @example webcalLink(new URL('https://example.org/programme.ics')) // 'webcal://example.org/programme.ics'
 */
export function webcalLink(url: URL): string {
  return `webcal://${url.host}${url.pathname}`;
}
