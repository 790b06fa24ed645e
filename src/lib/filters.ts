/**
 * The filters of a list (the agenda, the guidance): which facets an item has, which values the visitor chose (as they appear
 * in the URL, `?category=competition&format=online`), and whether an item matches. Values of one
 * facet are alternatives (any may match); facets combine (all must match).
 */

/** Facet name → chosen values. A facet with no values does not filter. */
export type Selection = Record<string, string[]>;

/**
 * Reads a selection from URL search parameters, keeping only the facets named.
 * Repeated parameters and comma-separated values both work: `?format=online&format=hybrid`, `?format=online,hybrid`.
 */
export function parseSelection(search: string, facets: readonly string[]): Selection {
  const params = new URLSearchParams(search);
  const selection: Selection = {};
  for (const facet of facets) {
    const values = params
      .getAll(facet)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean);
    if (values.length > 0) selection[facet] = [...new Set(values)];
  }
  return selection;
}

/**
 * The query string of a selection (without `?`), facets in the given order so URLs are stable.
 * @example serializeSelection({ format: ['online'], category: ['competition'] }, ['category', 'format']) // 'category=competition&format=online'
 */
export function serializeSelection(selection: Selection, facets: readonly string[]): string {
  const params = new URLSearchParams();
  for (const facet of facets) {
    for (const value of selection[facet] ?? []) params.append(facet, value);
  }
  return params.toString();
}

/** Whether an item with these facet values matches the selection. */
export function matchesSelection(itemFacets: Record<string, readonly string[]>, selection: Selection): boolean {
  return Object.entries(selection).every(
    ([facet, chosen]) => chosen.length === 0 || chosen.some((value) => itemFacets[facet]?.includes(value)),
  );
}

/**
 * The first of each item that shares a key with others: a list that shows an activity on each of
 * its days filters every copy, but counts the activity once.
 * @example onePerKey([{ key: 'fair', day: 1 }, { key: 'fair', day: 2 }], (item) => item.key) // [{ key: 'fair', day: 1 }]
 */
export function onePerKey<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = key(item);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** How many values are chosen in all. */
export function selectionSize(selection: Selection): number {
  return Object.values(selection).reduce((total, values) => total + values.length, 0);
}

/** What a facet value leaves, for each facet: value → number of items. */
export type FacetCounts = Record<string, Record<string, number>>;

/**
 * How many items each option of each facet would show, as faceted search counts them: an
 * option of facet F counts the items that match the selection of every other facet and have
 * that value, so its own facet's choices (which are alternatives) do not shrink it.
 * @example facetCounts([{ category: ['careers'], district: ['siming'] }], { category: ['careers'] }, ['category', 'district']) // { category: { careers: 1 }, district: { siming: 1 } }
 */
export function facetCounts(
  items: readonly Record<string, readonly string[]>[],
  selection: Selection,
  facets: readonly string[],
): FacetCounts {
  const counts: FacetCounts = {};
  for (const facet of facets) {
    const others = { ...selection, [facet]: [] };
    const tally: Record<string, number> = {};
    for (const item of items) {
      if (!matchesSelection(item, others)) continue;
      for (const value of item[facet] ?? []) tally[value] = (tally[value] ?? 0) + 1;
    }
    counts[facet] = tally;
  }
  return counts;
}

/** A value in the address that no option of its facet has (a mistyped or outdated link). */
export interface UnknownValue {
  facet: string;
  value: string;
}

/**
 * Splits a selection into the values the form offers and those it does not: the first filter
 * the list, the second are said out loud instead of silently matching nothing.
 * @example splitSelection({ category: ['careers', 'nonexistent'] }, { category: ['careers'] }) // { known: { category: ['careers'] }, unknown: [{ facet: 'category', value: 'nonexistent' }] }
 */
export function splitSelection(
  selection: Selection,
  options: Record<string, readonly string[]>,
): { known: Selection; unknown: UnknownValue[] } {
  const known: Selection = {};
  const unknown: UnknownValue[] = [];
  for (const [facet, values] of Object.entries(selection)) {
    for (const value of values) {
      if (options[facet]?.includes(value)) (known[facet] ??= []).push(value);
      else unknown.push({ facet, value });
    }
  }
  return { known, unknown };
}

/** The selection without one value (a removed chip); a facet left empty is dropped. */
export function withoutValue(selection: Selection, facet: string, value: string): Selection {
  const rest = Object.fromEntries(Object.entries(selection).filter(([name]) => name !== facet));
  const values = (selection[facet] ?? []).filter((chosen) => chosen !== value);
  return values.length > 0 ? { ...rest, [facet]: values } : rest;
}
