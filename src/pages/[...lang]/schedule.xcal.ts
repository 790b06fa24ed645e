/** /schedule.xcal: the programme as xCal, which Giggity reads (src/lib/xcal.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { everyLocale } from '../../lib/locale-paths.ts';
import { getSchedule } from '../../lib/page-data/schedule-data.ts';
import { SCHEDULE_TYPES } from '../../lib/schedule-files.ts';
import { writeXcal } from '../../lib/xcal.ts';

export const getStaticPaths = (() => everyLocale()) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ site, props: { locale } }) => {
  if (!site) throw new Error('astro.config.mjs needs `site` for the schedule files');
  const body = writeXcal(await getSchedule(site, locale), {
    description: useTranslations(locale)('calendarFiles.allDescription'),
    // The same UID as the activity's calendar files, so a calendar that has both knows them as one event.
    uidOf: (activity) => `${activity}@${site.hostname}`,
  });
  return new Response(body, { headers: { 'Content-Type': SCHEDULE_TYPES['.xcal'] } });
};
