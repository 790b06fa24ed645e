/**
 * The agenda's filters: which facets an item has, which values the visitor chose (as they appear
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

/** How many values are chosen in all. */
export function selectionSize(selection: Selection): number {
  return Object.values(selection).reduce((total, values) => total + values.length, 0);
}
