/** /schedule.json: the programme as the c3voc schedule JSON (src/lib/schedule-json.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../i18n/index.ts';
import { everyLocale } from '../../lib/locale-paths.ts';
import { getSchedule } from '../../lib/page-data/schedule-data.ts';
import { SCHEDULE_TYPES } from '../../lib/schedule-files.ts';
import { scheduleJson } from '../../lib/schedule-json.ts';

export const getStaticPaths = (() => everyLocale()) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ site, props: { locale } }) => {
  if (!site) throw new Error('astro.config.mjs needs `site` for the schedule files');
  const body = JSON.stringify(scheduleJson(await getSchedule(site, locale)), null, 2);
  return new Response(body, { headers: { 'Content-Type': SCHEDULE_TYPES['.json'] } });
};
