/** /programme.ics: every activity of the month, to download or subscribe to. */
import type { APIRoute } from 'astro';
import { useTranslations } from '../i18n/index.ts';
import { writeCalendar } from '../lib/ics.ts';
import { getProgrammeEvents } from '../lib/queries/calendar.ts';
import { getEvent } from '../lib/queries/event.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs needs `site` for calendar files');
  const [info, events] = await Promise.all([getEvent(), getProgrammeEvents(site)]);
  const t = useTranslations('en');
  const body = writeCalendar({ name: info.name, description: t('calendarFiles.allDescription'), events: events.map(({ event }) => event) });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
