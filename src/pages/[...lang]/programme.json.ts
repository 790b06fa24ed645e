/** /programme.json: the whole programme, machine-readable (shape: src/lib/programme-json.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { languageTag, type Locale } from '../../i18n/index.ts';
import { everyLocale } from '../../lib/locale-paths.ts';
import { programmeJson } from '../../lib/programme-json.ts';
import { getProgramme } from '../../lib/queries/activities.ts';
import { getChanges } from '../../lib/queries/changes.ts';
import { getEvent } from '../../lib/queries/event.ts';
import { pathTo } from '../../lib/urls.ts';
import { collectionFile, collectionPath } from '../../lib/entry-routes.ts';

export const getStaticPaths = (() => everyLocale()) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ site, props: { locale } }) => {
  const absolute = (path: string): string => new URL(path, site).href;
  const [event, programme, changes] = await Promise.all([getEvent(locale), getProgramme(locale), getChanges()]);
  const activities = programme.map(({ activity, venue, organisers }) => {
    const { data } = activity;
    return {
      id: activity.id,
      url: absolute(collectionPath(locale, 'activities', activity.id)),
      calendar: absolute(collectionFile(locale, 'activities', `${activity.id}.ics`)),
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
      revision: changes.filter((change) => change.id === activity.id).length,
    };
  });
  const body = programmeJson(
    {
      name: event.name,
      alternativeName: event.alternativeName,
      url: absolute(pathTo(locale)),
      language: languageTag(locale),
      opens: event.window.opens,
      closes: event.window.closes,
      timeZone: event.timeZone,
    },
    activities,
  );
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
