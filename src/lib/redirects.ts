/** Old slugs that lead to an entry's current page (each entry's `redirectFrom`). */

/**
 * One redirect per old slug, to the current slug.
 * @example redirectsOf([{ id: 'opening-ceremony', data: { redirectFrom: ['opening-gala'] } }]) // [{ from: 'opening-gala', to: 'opening-ceremony' }]
 */
export function redirectsOf(entries: readonly { id: string; data: { redirectFrom: readonly string[] } }[]): { from: string; to: string }[] {
  return entries.flatMap((entry) => entry.data.redirectFrom.map((from) => ({ from, to: entry.id })));
}
