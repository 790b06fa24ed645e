/** Lists of entries split into groups: a guidance category, a district, a kind of organiser, a day. */

/**
 * The items grouped by a key, each group's items in their order. With `order`, the groups come
 * in that order and keys outside it are left out; without, in the order their first item comes.
 * A key no item has makes no group.
 * @example groupsOf(['b1', 'a1', 'b2'], (item) => item[0], ['a', 'b', 'c']) // [{ key: 'a', items: ['a1'] }, { key: 'b', items: ['b1', 'b2'] }]
 */
export function groupsOf<T, K extends string>(items: readonly T[], keyOf: (item: T) => K, order?: readonly K[]): { key: K; items: T[] }[] {
  const byKey = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  const keys = order ?? [...byKey.keys()];
  return keys.flatMap((key) => {
    const grouped = byKey.get(key);
    return grouped ? [{ key, items: grouped }] : [];
  });
}
