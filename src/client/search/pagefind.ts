/**
 * Loads pagefind's search library on first use only: not one byte of it is fetched until a
 * visitor opens or focuses search. In `astro dev` there is no index (it is built with the site),
 * and loading fails with a message that says so.
 */

/** What pagefind 1.6 gives for one result (its fragment), in the parts the interface reads. */
export interface PagefindData {
  url: string;
  /** A stretch of the page's text around the matches, with <mark>s. */
  excerpt: string;
  /** The same stretch as plain text. */
  plain_excerpt?: string;
  /** The page's indexed text; `raw_content` keeps the zero-width spaces between segmented (Chinese) words. */
  content: string;
  raw_content?: string;
  /** Positions of the matched words in the text. */
  locations: number[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<Pagefind> | undefined;

/** The library, loaded once; rejects with `NoIndexError` when the site was not built with its index. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    const url = `${base}pagefind/pagefind.js`;
    try {
      // A path known only at run time: the bundler must leave this import alone.
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      // No worker: the index is small enough to search on the page, every byte shows in the
      // page's resource timing, and the only worker the CSP allows is the site's offline worker.
      await pagefind.options({ excerptLength: 24, noWorker: true, baseUrl: base });
      await pagefind.init();
      return pagefind;
    } catch (error) {
      loading = undefined;
      throw new NoIndexError(error);
    }
  })();
  return loading;
}

export class NoIndexError extends Error {
  constructor(cause: unknown) {
    super('The search index could not be loaded.', { cause });
    this.name = 'NoIndexError';
  }
}
