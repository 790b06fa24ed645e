/** The site's main sections, in the order the navigation shows them. */
import type { Locale, UiKey } from '../i18n/index.ts';
import { pathTo } from './urls.ts';

const SECTIONS: readonly { key: UiKey; segment: string }[] = [
  { key: 'nav.programme', segment: 'programme' },
  { key: 'nav.calendar', segment: 'calendar' },
  { key: 'nav.guidance', segment: 'guidance' },
  { key: 'nav.awards', segment: 'awards' },
  { key: 'nav.universities', segment: 'universities' },
  { key: 'nav.about', segment: 'about' },
  { key: 'nav.myProgramme', segment: 'my-programme' },
];

/** Each section's label and path in a locale. */
export function sectionLinks(locale: Locale, t: (key: UiKey) => string): { href: string; label: string }[] {
  return SECTIONS.map(({ key, segment }) => ({ href: pathTo(locale, segment), label: t(key) }));
}
