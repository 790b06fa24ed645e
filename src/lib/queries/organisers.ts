/**
 * Organisers with pages of their own: each one that runs or co-runs a published activity or
 * provides a guidance item, with those activities and items, by name in the reader's language.
 */
import { languageTag, type Locale } from '../../i18n/index.ts';
import { getPlacesAndPeople, getProgramme, type OrganiserEntry, type ProgrammeItem } from './activities.ts';
import { getGuidanceList, type GuidanceEntry } from './guidance.ts';
import { perBuild } from './per-build.ts';

export interface OrganiserInUse {
  organiser: OrganiserEntry;
  /** The activities it runs or co-runs, earliest first. */
  items: ProgrammeItem[];
  /** The guidance items it provides, in number order. */
  guidance: GuidanceEntry[];
}

export const getOrganisersInUse = perBuild(async (locale: Locale): Promise<OrganiserInUse[]> => {
  const [programme, guidance, { organisers }] = await Promise.all([
    getProgramme(locale),
    getGuidanceList(locale),
    getPlacesAndPeople(locale),
  ]);
  const byOrganiser = new Map<string, OrganiserInUse>();
  const entryOf = (organiser: OrganiserEntry): OrganiserInUse => {
    let known = byOrganiser.get(organiser.id);
    if (!known) {
      known = { organiser, items: [], guidance: [] };
      byOrganiser.set(organiser.id, known);
    }
    return known;
  };
  for (const item of programme) for (const organiser of item.organisers) entryOf(organiser).items.push(item);
  for (const entry of guidance) {
    // References were checked before the build, so the provider is there.
    const provider = organisers.get(entry.data.provider.id);
    if (provider) entryOf(provider).guidance.push(entry);
  }
  const collator = new Intl.Collator(languageTag(locale));
  return [...byOrganiser.values()].sort((a, b) => collator.compare(a.organiser.data.name, b.organiser.data.name));
});
