/**
 * The programme's views and the addresses under /programme/ that are not activities. Activity
 * pages live at /programme/<slug>/ beside the day pages (/programme/<YYYY-MM-DD>/) and the time
 * grid (/programme/grid/), so the content check keeps activities off these names.
 */

/** The list (/programme/) and the time grid (/programme/grid/). */
export type ProgrammeView = 'list' | 'grid';

/** The path segments of each view under /programme/. */
export const VIEW_SEGMENTS: Record<ProgrammeView, string[]> = { list: [], grid: ['grid'] };

/** Slugs under /programme/ that other pages already use. */
export const RESERVED_PROGRAMME_SLUGS: readonly string[] = ['grid'];

/** A day page's slug, e.g. 2023-07-06. */
export const DAY_SLUG_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What an activity's slug would clash with under /programme/, or undefined when it is free.
 * @example programmeSlugClash('grid') // 'the time grid'
 */
export function programmeSlugClash(slug: string): 'the time grid' | 'a day of the programme' | undefined {
  if (RESERVED_PROGRAMME_SLUGS.includes(slug)) return 'the time grid';
  if (DAY_SLUG_PATTERN.test(slug)) return 'a day of the programme';
  return undefined;
}
