/**
 * Clashes between the activities a visitor saved: two that overlap in time, and two that leave
 * less time between them than the journey from the first one's venue to the second one's takes,
 * by the journey table in content/journeys.yaml. Pure: plain data in, plain data out, so the
 * build and My programme's script agree.
 */
import type { Area, Island } from '../schemas/journeys.ts';

/** The journey table as content/journeys.yaml gives it: minutes within an area, and between each pair of areas. */
export interface JourneyTable {
  within: number;
  journeys: readonly { from: Area; to: Area; minutes: number }[];
}

/** One saved activity, as the rule needs it. */
export interface Placed {
  id: string;
  start: Date;
  end: Date;
  /** Where the visitor has to be: its venue's area, or null when no journey is needed (online). */
  area: Area | null;
  /** Its venue's id, if it has one: two activities at the same venue need no journey. */
  venue?: string | undefined;
}

/** One activity's clash with another. */
export interface Clash {
  /** `overlap`: their times overlap; `journey`: the gap between them is shorter than the journey. */
  kind: 'overlap' | 'journey';
  /** The other activity's id. */
  with: string;
  /** Whether this activity is the earlier of the two or the later. */
  position: 'earlier' | 'later';
  /** Minutes from the earlier one's end to the later one's start; below 0 when they overlap. */
  gap: number;
  /** The earlier one's area (null: no journey needed). */
  from: Area | null;
  /** The later one's area (null: no journey needed). */
  to: Area | null;
  /** Minutes the journey from `from` to `to` takes; 0 when none is needed. */
  journey: number;
}

const MINUTE = 60_000;

/**
 * Minutes from one area to another: `within` for the same area, the table's pair either way
 * round otherwise, and 0 when either end needs no journey or the table lacks the pair (the
 * content checker requires every pair, so that happens only with a table made by hand).
 * @example journeyMinutes(table, 'xiangan', 'siming') // 60, from the row { from: siming, to: xiangan, minutes: 60 }
 */
export function journeyMinutes(table: JourneyTable, from: Area | null, to: Area | null): number {
  if (from === null || to === null) return 0;
  if (from === to) return table.within;
  const row = table.journeys.find(
    (journey) => (journey.from === from && journey.to === to) || (journey.from === to && journey.to === from),
  );
  return row?.minutes ?? 0;
}

/**
 * Where a visitor goes for an activity: its venue's island if it is on one, else its venue's
 * district; null for an online activity, one moved online, or one without a venue. A hybrid
 * activity counts at its venue: a visitor who saves it may well go, and the warning says how
 * long the trip takes, so that they can choose to join online instead.
 */
export function travelArea(
  activity: { format: 'in-person' | 'online' | 'hybrid'; movedOnline: boolean },
  venue: { district: Area; island?: Island | undefined } | undefined,
): Area | null {
  if (activity.format === 'online' || activity.movedOnline || !venue) return null;
  return venue.island ?? venue.district;
}

/** Earlier start first; then earlier end; then id, so that the order never depends on the input's. */
function compare(a: Placed, b: Placed): number {
  return a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * For every item, its clashes with the others, in the others' time order. Two items clash when
 * their times overlap (touching ends do not), or when the later starts sooner after the earlier
 * ends than the journey between their areas takes. Days apart count too: the gap is simply the
 * later start less the earlier end.
 * @example
 * clashes([{ id: 'a', start: 09:30, end: 11:30, area: 'siming' }, { id: 'b', start: 12:00, end: 14:00, area: 'xiangan' }], table)
 * // Map { 'a' => [{ kind: 'journey', with: 'b', position: 'earlier', gap: 30, from: 'siming', to: 'xiangan', journey: 60 }], 'b' => [… position: 'later' …] }
 */
export function clashes(items: readonly Placed[], table: JourneyTable): Map<string, Clash[]> {
  const ordered = [...items].sort(compare);
  const result = new Map<string, Clash[]>(ordered.map((item) => [item.id, []]));
  ordered.forEach((earlier, index) => {
    for (const later of ordered.slice(index + 1)) {
      const gap = Math.round((later.start.getTime() - earlier.end.getTime()) / MINUTE);
      const overlap = later.start < earlier.end && earlier.start < later.end;
      const sameVenue = earlier.venue !== undefined && earlier.venue === later.venue;
      const journey = sameVenue ? 0 : journeyMinutes(table, earlier.area, later.area);
      if (!overlap && gap >= journey) continue;
      const shared = { kind: overlap ? 'overlap' : 'journey', gap, from: earlier.area, to: later.area, journey } as const;
      result.get(earlier.id)?.push({ ...shared, with: later.id, position: 'earlier' });
      result.get(later.id)?.push({ ...shared, with: earlier.id, position: 'later' });
    }
  });
  // Each list in the others' time order: the earlier ones were added as their turn came, the later ones after.
  const rank = new Map(ordered.map((item, index) => [item.id, index]));
  for (const list of result.values()) list.sort((a, b) => (rank.get(a.with) ?? 0) - (rank.get(b.with) ?? 0));
  return result;
}
