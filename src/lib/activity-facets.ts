/** The facets the agenda filters activities by, and each activity's values for them. */

export const ACTIVITY_FACETS = ['category', 'district', 'venue', 'audience', 'format', 'status'] as const;
export type ActivityFacet = (typeof ACTIVITY_FACETS)[number];

interface FacetSource {
  category: string;
  audience: readonly string[];
  format: string;
  status: { state: string };
}

/**
 * An activity's value(s) for every facet. An online activity has no venue or district; it is
 * found through the format facet instead.
 * @example activityFacets({ category: 'careers', audience: ['employers'], format: 'in-person', status: { state: 'scheduled' } }, { id: 'xiamen-library', district: 'siming' })
 */
export function activityFacets(
  activity: FacetSource,
  venue: { id: string; district: string } | undefined,
): Record<ActivityFacet, string[]> {
  return {
    category: [activity.category],
    district: venue ? [venue.district] : [],
    venue: venue ? [venue.id] : [],
    audience: [...activity.audience],
    format: [activity.format],
    status: [activity.status.state],
  };
}

/**
 * The values a facet takes across items, with how many items have each, in first-seen order
 * (callers sort by label).
 */
export function facetValues(items: readonly Record<string, readonly string[]>[], facet: string): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const value of item[facet] ?? []) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count }));
}

/**
 * A facet's options for a filter form: each value with its label and count, sorted by label in
 * the reader's language.
 */
export function facetOptions(
  items: readonly Record<string, readonly string[]>[],
  facet: string,
  label: (value: string) => string,
  languageTag: string,
): { value: string; label: string; count: number }[] {
  const collator = new Intl.Collator(languageTag);
  return facetValues(items, facet)
    .map((option) => ({ ...option, label: label(option.value) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
