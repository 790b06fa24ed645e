/**
 * One search interface, used in the dialog every page opens and on /search/: a query box, type
 * and category filters, a sort by date for activities, a status line read out to screen readers,
 * and results that show their type, title, excerpt (matched words highlighted) and, for
 * activities, date and venue.
 *
 * It works on the markup of src/components/search/SearchPanel.astro.
 */
import { loadPagefind, type Pagefind, type PagefindResult } from './pagefind.ts';

const PAGE_SIZE = 6;

interface Labels {
  results: string;
  oneResult: string;
  noResults: string;
  searching: string;
  more: string;
  noIndex: string;
  dateType: string;
}

/** Keeps only text and <mark> from pagefind's excerpt: highlights, never markup from a page. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstElementChild;
  return Array.from(parsed?.childNodes ?? [], (node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

export class SearchView {
  readonly input: HTMLInputElement;
  #root: HTMLElement;
  #labels: Labels;
  #status: HTMLElement;
  #list: HTMLOListElement;
  #more: HTMLButtonElement;
  #empty: HTMLElement;
  #pending: PagefindResult[] = [];
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#labels = JSON.parse(root.dataset.labels ?? '{}') as Labels;
    this.input = this.#find('input[type=search]', HTMLInputElement);
    this.#status = this.#find('[data-search-status]', HTMLElement);
    this.#list = this.#find('[data-search-results]', HTMLOListElement);
    this.#more = this.#find('[data-search-more]', HTMLButtonElement);
    this.#empty = this.#find('[data-search-empty]', HTMLElement);
    this.#find('[data-search-controls]', HTMLElement).hidden = false;
    this.input.addEventListener('input', () => {
      this.#schedule();
    });
    root.addEventListener('change', (event) => {
      if (event.target instanceof HTMLSelectElement) this.#schedule(0);
    });
    this.#find('form', HTMLFormElement).addEventListener('submit', (event) => {
      event.preventDefault();
      this.#schedule(0);
    });
    this.#more.addEventListener('click', () => {
      void this.#showMore(this.#run);
    });
  }

  /** The query and the chosen type, category and sort. */
  get state(): { query: string; type: string; category: string; sort: string } {
    const value = (name: string) => this.#root.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value ?? '';
    return { query: this.input.value.trim(), type: value('type'), category: value('category'), sort: value('sort') };
  }

  /** Starts loading the library (on focus or open), before the first letter is typed. */
  warmUp(): void {
    loadPagefind().catch(() => {
      this.#status.textContent = this.#labels.noIndex;
    });
  }

  /** Runs the search now, e.g. for a query taken from the address. */
  searchNow(): void {
    this.#schedule(0);
  }

  #find<T extends HTMLElement>(selector: string, type: new () => T): T {
    const element = this.#root.querySelector(selector);
    if (!(element instanceof type)) throw new Error(`search panel has no ${selector}`);
    return element;
  }

  #schedule(delay = 150): void {
    // Busy from the moment a search is due until its results are in: assistive technology (and
    // tests) can tell stale results from fresh ones.
    this.#list.setAttribute('aria-busy', 'true');
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#search(), delay);
  }

  async #search(): Promise<void> {
    const run = ++this.#run;
    const { query, type, category, sort } = this.state;
    this.#root.dispatchEvent(new CustomEvent('search-state', { detail: this.state }));
    this.#list.replaceChildren();
    this.#more.hidden = true;
    this.#empty.hidden = true;
    if (!query && !type && !category) {
      this.#status.textContent = '';
      this.#list.setAttribute('aria-busy', 'false');
      return;
    }
    this.#status.textContent = this.#labels.searching;
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind();
    } catch {
      this.#status.textContent = this.#labels.noIndex;
      this.#list.setAttribute('aria-busy', 'false');
      return;
    }
    const filters: Record<string, string> = {};
    if (type) filters.type = type;
    if (category) filters.category = category;
    // Dates belong to activities: sorting by date searches activities only.
    if (sort === 'date') filters.type = this.#labels.dateType;
    const search = await pagefind.search(query || null, { filters, ...(sort === 'date' ? { sort: { date: 'asc' } } : {}) });
    if (run !== this.#run || !search) return;
    const count = search.results.length;
    const phrase = count === 1 ? this.#labels.oneResult : count === 0 ? this.#labels.noResults : this.#labels.results;
    this.#status.textContent = phrase.replace('{count}', String(count)).replace('{query}', query);
    this.#empty.hidden = count > 0;
    this.#pending = search.results;
    await this.#showMore(run);
  }

  async #showMore(run: number): Promise<void> {
    const batch = this.#pending.splice(0, PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (run !== this.#run) return;
    const firstNew = this.#list.children.length;
    for (const result of data) {
      const item = document.createElement('li');
      const type = document.createElement('p');
      type.className = 'type';
      type.textContent = result.meta.type ?? '';
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      const heading = document.createElement('h3');
      heading.append(link);
      item.append(type, heading);
      const details = [result.meta.when, result.meta.venue].filter(Boolean).join(' · ');
      if (details) {
        const when = document.createElement('p');
        when.className = 'when';
        when.textContent = details;
        item.append(when);
      }
      const excerpt = document.createElement('p');
      excerpt.className = 'excerpt';
      excerpt.append(...excerptNodes(result.excerpt));
      item.append(excerpt);
      this.#list.append(item);
    }
    this.#more.hidden = this.#pending.length === 0;
    this.#list.setAttribute('aria-busy', 'false');
    // After "show more", keyboard users continue from the first new result.
    if (firstNew > 0) this.#list.children[firstNew]?.querySelector('a')?.focus();
  }
}
