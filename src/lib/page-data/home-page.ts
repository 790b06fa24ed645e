/** What the home page shows, in one locale. */
import { LOCALES, languageTag, useTranslations, type Locale, type UiKey } from '../../i18n/index.ts';
import { collectionPath } from '../entry-routes.ts';
import { festivalEvent } from '../json-ld.ts';
import { getProgramme } from '../queries/activities.ts';
import { getEvent, getFestivalOrganiser } from '../queries/event.ts';
import { cardPath } from '../social-card.ts';
import { BASE, pathTo } from '../urls.ts';
import { structuredActivity } from './structured-events.ts';

/**
 * The festival; its name in the other language (it speaks to both); the sections the page
 * introduces, as links with the keys of their label and text; and the festival with every
 * activity as structured data, whose offers are judged at `now`.
 */
export async function getHomePage(locale: Locale, site: URL, now: Date) {
  const [event, programme, organiser] = await Promise.all([getEvent(locale), getProgramme(locale), getFestivalOrganiser(locale)]);
  const other = LOCALES.filter((each) => each !== locale).map((each) => ({
    tag: languageTag(each),
    name: useTranslations(each)('site.name'),
  }))[0];
  const structuredData = festivalEvent(
    {
      name: event.name,
      alternateName: event.alternativeName,
      description: event.summary,
      url: new URL(pathTo(locale), site).href,
      opens: event.window.opens,
      closes: event.window.closes,
      organiser,
      image: new URL(cardPath(pathTo(locale), BASE), site).href,
      activities: programme.map((item) => structuredActivity(item, locale, site)),
    },
    now,
  );
  const sections: { href: string; label: UiKey; text: UiKey }[] = [
    { href: collectionPath(locale, 'activities'), label: 'nav.programme', text: 'programme.intro' },
    { href: pathTo(locale, 'calendar'), label: 'home.calendarLink', text: 'home.calendarText' },
    { href: collectionPath(locale, 'guidance'), label: 'nav.guidance', text: 'guidance.intro' },
    { href: collectionPath(locale, 'awards'), label: 'nav.awards', text: 'awards.intro' },
    { href: collectionPath(locale, 'universities'), label: 'nav.universities', text: 'universities.intro' },
    { href: pathTo(locale, 'about'), label: 'nav.about', text: 'about.intro' },
  ];
  return { event, programme, other, structuredData, sections };
}
