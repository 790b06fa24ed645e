/** /schedule.xml: the programme as frab/Pentabarf schedule XML, for Giggity, EventFahrplan and their kind (src/lib/frab-xml.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../i18n/index.ts';
import { writeFrabXml } from '../../lib/frab-xml.ts';
import { everyLocale } from '../../lib/locale-paths.ts';
import { getSchedule } from '../../lib/page-data/schedule-data.ts';
import { SCHEDULE_TYPES } from '../../lib/schedule-files.ts';
import { fileIn } from '../../lib/urls.ts';

export const getStaticPaths = (() => everyLocale()) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ site, props: { locale } }) => {
  if (!site) throw new Error('astro.config.mjs needs `site` for the schedule files');
  const body = writeFrabXml(await getSchedule(site, locale), new URL(fileIn(locale, 'schedule.xml'), site).href);
  return new Response(body, { headers: { 'Content-Type': SCHEDULE_TYPES['.xml'] } });
};
