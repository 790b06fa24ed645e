/** /calendar/<category>.ics: the activities of one category, to subscribe to. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations, type Locale } from '../../../i18n/index.ts';
import { inEveryLocale } from '../../../lib/locale-paths.ts';
import { getProgramme } from '../../../lib/queries/activities.ts';
import { partOfProgrammeCalendar } from '../../../lib/queries/calendar.ts';

export const getStaticPaths = (() =>
  inEveryLocale(async (locale) => {
    const categories = new Set((await getProgramme(locale)).map(({ activity }) => activity.data.category));
    return [...categories].map((category) => ({ params: { category } }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = ({ params, site, props: { locale } }) => {
  if (!site) throw new Error('astro.config.mjs needs `site` for calendar files');
  const label = useTranslations(locale)(`category.${String(params.category)}` as Parameters<ReturnType<typeof useTranslations>>[0]);
  return partOfProgrammeCalendar(site, locale, label, (activity) => activity.data.category === params.category);
};
