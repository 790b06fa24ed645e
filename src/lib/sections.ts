/** The site's main sections, in the order the navigation shows them. */
import type { Locale, UiKey } from '../i18n/index.ts';
import { ENTRY_SECTIONS } from './entry-routes.ts';
import { pathTo } from './urls.ts';

const SECTIONS: readonly { key: UiKey; segment: string }[] = [
  { key: 'nav.programme', segment: ENTRY_SECTIONS.activities },
  { key: 'nav.calendar', segment: 'calendar' },
  { key: 'nav.venues', segment: ENTRY_SECTIONS.venues },
  { key: 'nav.guidance', segment: ENTRY_SECTIONS.guidance },
  { key: 'nav.awards', segment: ENTRY_SECTIONS.awards },
  { key: 'nav.universities', segment: ENTRY_SECTIONS.universities },
  { key: 'nav.about', segment: 'about' },
  { key: 'nav.myProgramme', segment: 'my-programme' },
];

/** Each section's label and path in a locale. */
export function sectionLinks(locale: Locale, t: (key: UiKey) => string): { href: string; label: string }[] {
  return SECTIONS.map(({ key, segment }) => ({ href: pathTo(locale, segment), label: t(key) }));
}
