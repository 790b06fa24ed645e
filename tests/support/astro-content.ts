/**
 * A stand-in for `astro:content` in unit tests (wired by .config/vitest.config.ts): the
 * collections are what a test gives `useCollections`, so the queries, the translation overlay and
 * the page data can be tested as plain TypeScript, as Starlight tests its route data.
 */
interface Entry {
  id: string;
  collection: string;
  data: Record<string, unknown>;
  [field: string]: unknown;
}

let collections: Record<string, Entry[]> = {};

/** Sets the collections the next queries read, each entry given as `{ id, data }` and more. */
export function useCollections(given: Record<string, { id: string; data: Record<string, unknown>; [field: string]: unknown }[]>): void {
  collections = Object.fromEntries(
    Object.entries(given).map(([name, entries]): [string, Entry[]] => [
      name,
      entries.map((entry) => ({ filePath: undefined, ...entry, collection: name })),
    ]),
  );
}

export function getCollection(name: string): Promise<Entry[]> {
  return Promise.resolve(collections[name] ?? []);
}

/** By collection and id, or by a reference (`{ collection, id }`), as Astro's own takes either. */
export function getEntry(name: string | { collection: string; id: string }, id?: string): Promise<Entry | undefined> {
  const [collection, wanted] = typeof name === 'string' ? [name, id] : [name.collection, name.id];
  return Promise.resolve((collections[collection] ?? []).find((entry) => entry.id === wanted));
}
