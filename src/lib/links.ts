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
  return linksBothWays(candidates, namesOf)(namedIds, targetId);
}

/**
 * `bothWays` for every target over the same candidates: the candidates are read once, into who
 * names whom, and each look-up then costs only what it finds. A build asks this for every page of
 * a collection; a scan of all candidates per page would grow with the square of the content.
 */
export function linksBothWays<T extends Identified>(
  candidates: readonly T[],
  namesOf: (candidate: T) => readonly string[],
): (namedIds: readonly string[], targetId: string) => T[] {
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const namers = new Map<string, T[]>();
  for (const candidate of candidates)
    for (const target of new Set(namesOf(candidate))) namers.set(target, [...(namers.get(target) ?? []), candidate]);
  return (namedIds, targetId) => {
    const named = namedIds.map((id) => byId.get(id)).filter((candidate): candidate is T => candidate !== undefined);
    return [...new Map([...named, ...(namers.get(targetId) ?? [])].map((candidate) => [candidate.id, candidate])).values()];
  };
}
