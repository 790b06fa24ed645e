/** /feed.xml: an Atom feed of the activities and the guidance items, newest change first. */
import type { APIRoute } from 'astro';
import { useTranslations } from '../i18n/index.ts';
import { writeAtom, type AtomEntry } from '../lib/atom.ts';
import { getActivities } from '../lib/queries/activities.ts';
import { getEvent } from '../lib/queries/event.ts';
import { getGuidanceList } from '../lib/queries/guidance.ts';
import { revisionOf } from '../lib/queries/revisions.ts';
import { pathTo } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const t = useTranslations('en');
  const absolute = (path: string): string => new URL(path, site).href;
  const [event, activities, guidance] = await Promise.all([getEvent(), getActivities(), getGuidanceList()]);
  const entries: AtomEntry[] = [
    ...activities.map((activity) => ({
      id: absolute(pathTo('en', 'programme', activity.id)),
      url: absolute(pathTo('en', 'programme', activity.id)),
      title: activity.data.title,
      summary: activity.data.summary,
      updated: revisionOf(activity.filePath ?? '').lastModified,
      category: t(`category.${activity.data.category}`),
    })),
    ...guidance.map((item) => ({
      id: absolute(pathTo('en', 'guidance', item.id)),
      url: absolute(pathTo('en', 'guidance', item.id)),
      title: `${t('guidance.number', { number: item.data.number })} ${item.data.title}`,
      summary: item.data.summary,
      updated: revisionOf(item.filePath ?? '').lastModified,
      category: t(`guidanceCategory.${item.data.category}`),
    })),
  ].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id));
  const body = writeAtom({
    id: absolute('/'),
    title: event.name,
    subtitle: event.summary,
    url: absolute('/'),
    self: absolute('/feed.xml'),
    entries,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
