/**
 * Venues with pages of their own: each one the published programme holds an activity at, with
 * those activities, by name in the reader's language.
 */
import { languageTag, type Locale } from '../../i18n/index.ts';
import { getProgramme, type ProgrammeItem, type VenueEntry } from './activities.ts';
import { perBuild } from './per-build.ts';

export interface VenueInUse {
  venue: VenueEntry;
  /** The activities held there, earliest first. */
  items: ProgrammeItem[];
}

export const getVenuesInUse = perBuild(async (locale: Locale): Promise<VenueInUse[]> => {
  const byVenue = new Map<string, VenueInUse>();
  for (const item of await getProgramme(locale)) {
    if (!item.venue) continue;
    const known = byVenue.get(item.venue.id);
    if (known) known.items.push(item);
    else byVenue.set(item.venue.id, { venue: item.venue, items: [item] });
  }
  const collator = new Intl.Collator(languageTag(locale));
  return [...byVenue.values()].sort((a, b) => collator.compare(a.venue.data.name, b.venue.data.name));
});
