/** /calendar/<category>.ics: the activities of one category, to subscribe to. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../i18n/index.ts';
import { writeCalendar } from '../../lib/ics.ts';
import { getProgramme } from '../../lib/queries/activities.ts';
import { getProgrammeEvents } from '../../lib/queries/calendar.ts';
import { getEvent } from '../../lib/queries/event.ts';

export const getStaticPaths = (async () => {
  const categories = new Set((await getProgramme()).map(({ activity }) => activity.data.category));
  return [...categories].map((category) => ({ params: { category } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  if (!site) throw new Error('astro.config.mjs needs `site` for calendar files');
  const t = useTranslations('en');
  const [info, events] = await Promise.all([getEvent(), getProgrammeEvents(site)]);
  const inCategory = events.filter(({ activity }) => activity.data.category === params.category).map(({ event }) => event);
  const label = t(`category.${String(params.category)}` as Parameters<typeof t>[0]);
  const body = writeCalendar({ name: `${info.name}: ${label}`, events: inCategory });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
