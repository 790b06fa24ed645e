/** /feed.xml: an Atom feed of the activities and the guidance items, newest change first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../i18n/index.ts';
import { everyLocale } from '../../lib/locale-paths.ts';
import { languageTag, useTranslations } from '../../i18n/index.ts';
import { writeAtom, type AtomEntry } from '../../lib/atom.ts';
import { getActivities } from '../../lib/queries/activities.ts';
import { getEvent } from '../../lib/queries/event.ts';
import { getGuidanceList } from '../../lib/queries/guidance.ts';
import { revisionOf } from '../../lib/queries/revisions.ts';
import { fileIn, pathTo } from '../../lib/urls.ts';
import { collectionPath } from '../../lib/entry-routes.ts';

export const getStaticPaths = (() => everyLocale()) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ site, props: { locale } }) => {
  const t = useTranslations(locale);
  const absolute = (path: string): string => new URL(path, site).href;
  const [event, activities, guidance] = await Promise.all([getEvent(locale), getActivities(locale), getGuidanceList(locale)]);
  const entries: AtomEntry[] = [
    ...activities.map((activity) => ({
      id: absolute(collectionPath(locale, 'activities', activity.id)),
      url: absolute(collectionPath(locale, 'activities', activity.id)),
      title: activity.data.title,
      summary: activity.data.summary,
      updated: revisionOf(activity.sourcePath ?? '').lastModified,
      category: t(`category.${activity.data.category}`),
    })),
    ...guidance.map((item) => ({
      id: absolute(collectionPath(locale, 'guidance', item.id)),
      url: absolute(collectionPath(locale, 'guidance', item.id)),
      title: `${t('guidance.number', { number: item.data.number })} ${item.data.title}`,
      summary: item.data.summary,
      updated: revisionOf(item.sourcePath ?? '').lastModified,
      category: t(`guidanceCategory.${item.data.category}`),
    })),
  ].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id));
  const body = writeAtom({
    id: absolute(pathTo(locale)),
    language: languageTag(locale),
    title: event.name,
    subtitle: event.summary,
    url: absolute(pathTo(locale)),
    self: absolute(fileIn(locale, 'feed.xml')),
    entries,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
