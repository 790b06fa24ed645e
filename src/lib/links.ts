/**
 * Links between entries are written on one side only (a guidance item names its activities;
 * an award names where it was presented), and shown on both. These helpers join the two sides.
 */

interface Identified {
  id: string;
}

/**
 * The entries named directly, then those that name `targetId` from their side, each once,
 * in that order.
 * @example bothWays(['visa'], allGuidance, (item) => item.data.relatedActivities.map((ref) => ref.id), 'opening-ceremony')
 */
export function bothWays<T extends Identified>(
  namedIds: readonly string[],
  candidates: readonly T[],
  namesOf: (candidate: T) => readonly string[],
  targetId: string,
): T[] {
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const named = namedIds.map((id) => byId.get(id)).filter((candidate): candidate is T => candidate !== undefined);
  const naming = candidates.filter((candidate) => namesOf(candidate).includes(targetId));
  return [...new Map([...named, ...naming].map((candidate) => [candidate.id, candidate])).values()];
}
