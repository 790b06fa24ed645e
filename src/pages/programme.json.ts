/** /programme.json: the whole programme, machine-readable (shape: src/lib/programme-json.ts). */
import type { APIRoute } from 'astro';
import { programmeJson } from '../lib/programme-json.ts';
import { getProgramme } from '../lib/queries/activities.ts';
import { getEvent } from '../lib/queries/event.ts';
import { pathTo } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string): string => new URL(path, site).href;
  const [event, programme] = await Promise.all([getEvent(), getProgramme()]);
  const activities = programme.map(({ activity, venue, organisers }) => {
    const { data } = activity;
    return {
      id: activity.id,
      url: absolute(pathTo('en', 'programme', activity.id)),
      calendar: absolute(`/programme/${activity.id}.ics`),
      title: data.title,
      summary: data.summary,
      start: data.start,
      end: data.end,
      category: data.category,
      status:
        data.status.state === 'rescheduled'
          ? { state: data.status.state, previousStart: data.status.previousStart }
          : { state: data.status.state },
      format: data.format,
      languages: data.languages,
      audience: data.audience,
      venue: venue?.data,
      onlineUrl: data.onlineUrl,
      organisers: organisers.map((organiser) => organiser.data),
      registration: data.registration,
    };
  });
  const body = programmeJson(
    {
      name: event.name,
      alternativeName: event.alternativeName,
      url: absolute('/'),
      opens: event.window.opens,
      closes: event.window.closes,
      timeZone: event.timeZone,
    },
    activities,
  );
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
