/** /programme/<slug>.ics: one activity, to add to any calendar. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { writeCalendar } from '../../lib/ics.ts';
import { getActivities } from '../../lib/queries/activities.ts';
import { getProgrammeEvents } from '../../lib/queries/calendar.ts';

export const getStaticPaths = (async () =>
  (await getActivities()).map((activity) => ({ params: { slug: activity.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  if (!site) throw new Error('astro.config.mjs needs `site` for calendar files');
  const found = (await getProgrammeEvents(site)).find(({ activity }) => activity.id === params.slug);
  if (!found) throw new Error(`no activity ${String(params.slug)}`);
  const body = writeCalendar({ name: found.event.title, events: [found.event] });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
