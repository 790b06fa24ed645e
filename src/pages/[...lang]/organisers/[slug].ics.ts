/** /organisers/<slug>.ics: the activities one organiser runs or co-runs, to subscribe to. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../../i18n/index.ts';
import { inEveryLocale } from '../../../lib/locale-paths.ts';
import { partOfProgrammeCalendar } from '../../../lib/queries/calendar.ts';
import { getOrganisersInUse, type OrganiserInUse } from '../../../lib/queries/organisers.ts';

export const getStaticPaths = (() =>
  inEveryLocale(async (locale) =>
    (await getOrganisersInUse(locale)).map((entry) => ({ params: { slug: entry.organiser.id }, props: { entry } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale; entry: OrganiserInUse }> = ({ site, props: { locale, entry } }) => {
  if (!site) throw new Error('astro.config.mjs needs `site` for calendar files');
  const { id, data } = entry.organiser;
  return partOfProgrammeCalendar(site, locale, data.name, (activity) => activity.data.organisers.some((organiser) => organiser.id === id));
};
