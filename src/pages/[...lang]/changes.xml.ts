/** /changes.xml: an Atom feed of every change to the programme that affects a visit, newest first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { languageTag, useTranslations, type Locale } from '../../i18n/index.ts';
import { writeAtom } from '../../lib/atom.ts';
import { punctuation } from '../../lib/languages.ts';
import { collectionPath } from '../../lib/entry-routes.ts';
import { everyLocale } from '../../lib/locale-paths.ts';
import { getDescribedChanges } from '../../lib/page-data/changes-page.ts';
import { getEvent } from '../../lib/queries/event.ts';
import { fileIn, pathTo } from '../../lib/urls.ts';

export const getStaticPaths = (() => everyLocale()) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ site, props: { locale } }) => {
  const t = useTranslations(locale);
  const absolute = (path: string): string => new URL(path, site).href;
  const { colon } = punctuation(languageTag(locale));
  const [event, changes] = await Promise.all([getEvent(locale), getDescribedChanges(locale)]);
  const body = writeAtom({
    id: absolute(pathTo(locale, 'changes')),
    language: languageTag(locale),
    title: `${event.name}${colon}${t('changes.title')}`,
    subtitle: t('changes.intro'),
    url: absolute(pathTo(locale, 'changes')),
    self: absolute(fileIn(locale, 'changes.xml')),
    entries: changes.map(({ change, activity, sentences }) => {
      const page = absolute(collectionPath(locale, 'activities', activity.id));
      return {
        // One entry per activity and commit (or, without history, per activity and date): stable across builds.
        id: `${page}#change-${change.commit || change.date.toISOString()}`,
        url: page,
        title: `${activity.data.title}${colon}${sentences[0] ?? ''}`,
        summary: sentences.join(' '),
        updated: change.date,
      };
    }),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
