/** /programme/<slug>.ics: one activity, to add to any calendar. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { languageTag, type Locale } from '../../../i18n/index.ts';
import { inEveryLocale } from '../../../lib/locale-paths.ts';
import { writeCalendar } from '../../../lib/ics.ts';
import { getActivities } from '../../../lib/queries/activities.ts';
import { getProgrammeEvents } from '../../../lib/queries/calendar.ts';

export const getStaticPaths = (() =>
  inEveryLocale(async (locale) =>
    (await getActivities(locale)).map((activity) => ({ params: { slug: activity.id } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ params, site, props: { locale } }) => {
  if (!site) throw new Error('astro.config.mjs needs `site` for calendar files');
  const found = (await getProgrammeEvents(site, locale)).find(({ activity }) => activity.id === params.slug);
  if (!found) throw new Error(`no activity ${String(params.slug)}`);
  const body = writeCalendar({ name: found.event.title, language: languageTag(locale), events: [found.event] });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
