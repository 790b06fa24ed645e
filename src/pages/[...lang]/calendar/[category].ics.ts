/** /calendar/<category>.ics: the activities of one category, to subscribe to. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { languageTag, useTranslations, type Locale } from '../../../i18n/index.ts';
import { inEveryLocale } from '../../../lib/locale-paths.ts';
import { writeCalendar } from '../../../lib/ics.ts';
import { punctuation } from '../../../lib/languages.ts';
import { getProgramme } from '../../../lib/queries/activities.ts';
import { getProgrammeEvents } from '../../../lib/queries/calendar.ts';
import { getEvent } from '../../../lib/queries/event.ts';

export const getStaticPaths = (() =>
  inEveryLocale(async (locale) => {
    const categories = new Set((await getProgramme(locale)).map(({ activity }) => activity.data.category));
    return [...categories].map((category) => ({ params: { category } }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ params, site, props: { locale } }) => {
  if (!site) throw new Error('astro.config.mjs needs `site` for calendar files');
  const t = useTranslations(locale);
  const [info, events] = await Promise.all([getEvent(locale), getProgrammeEvents(site, locale)]);
  const inCategory = events.filter(({ activity }) => activity.data.category === params.category).map(({ event }) => event);
  const label = t(`category.${String(params.category)}` as Parameters<typeof t>[0]);
  const body = writeCalendar({
    name: `${info.name}${punctuation(languageTag(locale)).colon}${label}`,
    language: languageTag(locale),
    events: inCategory,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
