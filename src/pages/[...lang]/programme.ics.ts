/** /programme.ics: every activity of the month, to download or subscribe to. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { languageTag, useTranslations, type Locale } from '../../i18n/index.ts';
import { everyLocale } from '../../lib/locale-paths.ts';
import { writeCalendar } from '../../lib/ics.ts';
import { getProgrammeEvents } from '../../lib/queries/calendar.ts';
import { getEvent } from '../../lib/queries/event.ts';

export const getStaticPaths = (() => everyLocale()) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ site, props: { locale } }) => {
  if (!site) throw new Error('astro.config.mjs needs `site` for calendar files');
  const [info, events] = await Promise.all([getEvent(locale), getProgrammeEvents(site, locale)]);
  const t = useTranslations(locale);
  const body = writeCalendar({
    name: info.name,
    language: languageTag(locale),
    description: t('calendarFiles.allDescription'),
    events: events.map(({ event }) => event),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
