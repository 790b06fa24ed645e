/** What the agenda (the programme as a list, day by day) shows, in one locale. */
import { languageTag, useTranslations, type Locale, type UiKey } from '../../i18n/index.ts';
import { ACTIVITY_FACETS, facetOptions, type ActivityFacet } from '../activity-facets.ts';
import { getProgramme, getProgrammeByDay } from '../queries/activities.ts';
import { getEvent } from '../queries/event.ts';
import { REGISTRATION_STATES, reachableStates, registrationClock, registrationState } from '../registration.ts';

/**
 * The festival, its days with their activities (one over several days on each of them), and the
 * filters with the values the programme has, counted once per activity.
 */
export async function getAgendaPage(locale: Locale, now: Date) {
  const t = useTranslations(locale);
  const [event, days, items] = await Promise.all([getEvent(locale), getProgrammeByDay(locale), getProgramme(locale)]);
  const venueNames = new Map(items.flatMap(({ venue }) => (venue ? [[venue.id, venue.data.name] as const] : [])));
  const labelOf: Record<ActivityFacet, (value: string) => string> = {
    category: (value) => t(`category.${value}` as UiKey),
    district: (value) => t(`district.${value}` as UiKey),
    venue: (value) => venueNames.get(value) ?? value,
    audience: (value) => t(`audience.${value}` as UiKey),
    format: (value) => t(`format.${value}` as UiKey),
    status: (value) => t(`status.${value}` as UiKey),
  };
  const facets = ACTIVITY_FACETS.map((name) => ({
    name,
    legend: t(`filters.${name}`),
    options: facetOptions(
      items.map((item) => item.facets),
      name,
      labelOf[name],
      languageTag(locale),
    ),
  }));
  // Registration states change with the clock: every state some activity can still reach is an option, counted as at `now`.
  const clocks = items.flatMap(({ activity }) => registrationClock(activity.data) ?? []);
  const reachable = new Set(clocks.flatMap(reachableStates));
  const registration = {
    name: 'registration',
    legend: t('filters.registration'),
    options: REGISTRATION_STATES.filter((state) => reachable.has(state)).map((value) => ({
      value,
      label: t(`registration.${value}`),
      count: clocks.filter((clock) => registrationState(clock, now) === value).length,
    })),
  };
  return { event, days, count: items.length, facets: [...facets, registration] };
}
