/**
 * One search interface, used in the dialog every page opens and on /search/: a query box, type
 * and category filters, a sort by date for activities, a status line read out to screen readers,
 * and results that show their type and category (in the category's colour), title, excerpt
 * (matched words highlighted) and, for activities, date and venue.
 *
 * Keyboard: ↓ and ↑ move real focus from the query box through the result links and back (a
 * screen reader reads each link as it is reached, with its type and details as its description),
 * Home and End jump to the first and last result, Enter opens the one in focus, and typing goes
 * on in the query box from wherever focus is.
 *
 * It works on the markup of src/components/search/SearchPanel.astro.
 */
import searchWords from 'virtual:client-words/search';
import type { SearchLabels } from '../../lib/search-labels.ts';
import { pickPlural } from '../../i18n/plural.ts';
import { listOf } from '../../lib/languages.ts';
import { tidyExcerpt } from '../../lib/search-excerpt.ts';
import { matchedWords, queryWords, unmatchedWords } from '../../lib/search-words.ts';
import { loadPagefind, type Pagefind, type PagefindData, type PagefindResult } from './pagefind.ts';

const PAGE_SIZE = 6;
/** How many of the first results are read to tell whether every query word was matched. */
const CHECKED = 3;

/** Fills `{name}` placeholders of a dictionary string, as the build's t() does. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
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

/** The words a result offers for matching the query's. */
function wordsOf(data: PagefindData): string[] {
  return matchedWords({ content: data.raw_content ?? data.content, locations: data.locations, meta: data.meta });
}

/** A printable character or an editing key: it belongs in the query box. */
function isTypingKey(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return event.key.length === 1 || event.key === 'Backspace' || event.key === 'Delete';
}

export class SearchView {
  readonly input: HTMLInputElement;
  #root: HTMLElement;
  #labels: SearchLabels;
  #language: string;
  #status: HTMLElement;
  #keys: HTMLElement;
  #list: HTMLOListElement;
  #more: HTMLButtonElement;
  #empty: HTMLElement;
  #unmatched: HTMLElement;
  #instead: HTMLButtonElement;
  #categoryIds: Map<string, string>;
  #pending: PagefindResult[] = [];
  #run = 0;
  #serial = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#language = document.documentElement.lang || 'en';
    // The page's language tag is its locale's (`zh-CN` for zh-cn); English is the fallback, as in the dictionaries.
    this.#labels = Object.entries(searchWords).find(([locale]) => locale === this.#language.toLowerCase())?.[1] ?? searchWords.en;
    this.input = this.#find('input[type=search]', HTMLInputElement);
    this.#status = this.#find('[data-search-status]', HTMLElement);
    this.#keys = this.#find('[data-search-keys]', HTMLElement);
    this.#list = this.#find('[data-search-results]', HTMLOListElement);
    this.#more = this.#find('[data-search-more]', HTMLButtonElement);
    this.#empty = this.#find('[data-search-empty]', HTMLElement);
    this.#unmatched = this.#find('[data-search-unmatched]', HTMLElement);
    this.#instead = this.#find('[data-search-instead]', HTMLButtonElement);
    this.#categoryIds = new Map(
      Array.from(root.querySelectorAll<HTMLOptionElement>('option[data-category]'), (option) => [
        option.value,
        option.dataset.category ?? '',
      ]),
    );
    this.#find('[data-search-controls]', HTMLElement).hidden = false;
    root.hidden = false;
    this.input.addEventListener('input', () => {
      this.#schedule();
    });
    root.addEventListener('change', (event) => {
      if (event.target instanceof HTMLSelectElement) this.#schedule(0);
    });
    root.addEventListener('keydown', (event) => {
      this.#onKey(event);
    });
    this.#find('form', HTMLFormElement).addEventListener('submit', (event) => {
      event.preventDefault();
      this.#schedule(0);
    });
    this.#more.addEventListener('click', () => {
      void this.#showMore(this.#run);
    });
    this.#instead.addEventListener('click', () => {
      this.input.value = this.#instead.dataset.query ?? '';
      this.input.focus();
      this.#schedule(0);
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

  #links(): HTMLAnchorElement[] {
    return Array.from(this.#list.querySelectorAll<HTMLAnchorElement>('h3 a'));
  }

  #onKey(event: KeyboardEvent): void {
    const links = this.#links();
    const fromInput = event.target === this.input;
    const at = event.target instanceof HTMLAnchorElement ? links.indexOf(event.target) : -1;
    if (!fromInput && at < 0) return;
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowDown') next = fromInput ? links[0] : links[Math.min(at + 1, links.length - 1)];
    else if (event.key === 'ArrowUp') next = fromInput ? links.at(-1) : at === 0 ? this.input : links[at - 1];
    // In the query box, Home and End keep moving the caret.
    else if (!fromInput && event.key === 'Home') next = links[0];
    else if (!fromInput && event.key === 'End') next = links.at(-1);
    else if (!fromInput && isTypingKey(event)) {
      // Back to the query box, the caret at its end: the key lands there, and "/" opens nothing.
      const end = this.input.value.length;
      this.input.setSelectionRange(end, end);
      this.input.focus();
      event.stopPropagation();
      return;
    }
    if (!next) return;
    event.preventDefault();
    next.focus();
    // The whole result in view, not only its title (the dialog scrolls).
    next.closest('li')?.scrollIntoView({ block: 'nearest' });
  }

  #schedule(delay = 150): void {
    // Busy from the moment a search is due until its results are in: assistive technology (and
    // tests) can tell stale results from fresh ones.
    this.#list.setAttribute('aria-busy', 'true');
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#search(), delay);
  }

  #settle(): void {
    this.#keys.hidden = this.#list.children.length === 0;
    this.#list.setAttribute('aria-busy', 'false');
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
      this.#settle();
      return;
    }
    this.#status.textContent = this.#labels.searching;
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind();
    } catch {
      this.#status.textContent = this.#labels.noIndex;
      this.#settle();
      return;
    }
    const filters: Record<string, string> = {};
    if (type) filters.type = type;
    if (category) filters.category = category;
    // Dates belong to activities: sorting by date searches activities only.
    if (sort === 'date') filters.type = this.#labels.dateType;
    const search = await pagefind.search(query || null, { filters, ...(sort === 'date' ? { sort: { date: 'asc' } } : {}) });
    if (run !== this.#run || !search) return;
    this.#pending = [...search.results];
    const first = await this.#load(this.#pending.splice(0, PAGE_SIZE));
    if (run !== this.#run) return;
    // Pagefind leaves out a word it cannot find and stands in for one by a scrap of it ("b" for
    // "blorf"); results that do not match every word answer another question.
    const words = queryWords(query, this.#language);
    const unmatched =
      first.length === 0 && words.length > 1
        ? await this.#unmatchedAlone(pagefind, words)
        : unmatchedWords(words, first.slice(0, CHECKED).map(wordsOf));
    if (run !== this.#run) return;
    const shown = unmatched.length > 0 ? [] : first;
    const count = unmatched.length > 0 ? 0 : search.results.length;
    const phrase = count === 0 ? this.#labels.noResults : pickPlural(this.#labels.results, count, this.#language);
    this.#status.textContent = fill(phrase, { count: String(count), query });
    this.#offerInstead(query, count === 0 ? unmatched : []);
    this.#empty.hidden = count > 0;
    if (unmatched.length > 0) this.#pending = [];
    this.#render(shown, false);
  }

  /** Names the words nothing matched and offers the query without them. */
  #offerInstead(query: string, unmatched: string[]): void {
    this.#unmatched.hidden = unmatched.length === 0;
    this.#unmatched.textContent = fill(this.#labels.unmatched, {
      words: listOf(
        unmatched.map((word) => fill(this.#labels.quoted, { word })),
        this.#language,
      ),
    });
    const rest = query
      .split(/\s+/)
      .filter((part) => queryWords(part, this.#language).some((word) => !unmatched.includes(word)))
      .join(' ');
    this.#instead.hidden = unmatched.length === 0 || rest.length === 0 || rest === query;
    this.#instead.dataset.query = rest;
    this.#instead.textContent = fill(this.#labels.searchInstead, { query: rest });
  }

  /** With no page matching all the words together, which of them match nothing even alone. */
  async #unmatchedAlone(pagefind: Pagefind, words: string[]): Promise<string[]> {
    const alone = await Promise.all(
      words.map(async (word) => {
        const results = (await pagefind.search(word))?.results ?? [];
        return unmatchedWords([word], (await this.#load(results.slice(0, CHECKED))).map(wordsOf)).length > 0;
      }),
    );
    return words.filter((_word, index) => alone[index]);
  }

  #load(batch: PagefindResult[]): Promise<PagefindData[]> {
    return Promise.all(batch.map((result) => result.data()));
  }

  async #showMore(run: number): Promise<void> {
    const data = await this.#load(this.#pending.splice(0, PAGE_SIZE));
    if (run !== this.#run) return;
    this.#render(data, true);
  }

  #render(data: PagefindData[], more: boolean): void {
    const firstNew = this.#list.children.length;
    for (const result of data) this.#list.append(this.#item(result));
    this.#more.hidden = this.#pending.length === 0;
    this.#settle();
    // After "show more", keyboard users continue from the first new result.
    if (more && data.length > 0) this.#list.children[firstNew]?.querySelector('a')?.focus();
  }

  #item(result: PagefindData): HTMLLIElement {
    const id = `${this.input.id}-result-${String(++this.#serial)}`;
    const item = document.createElement('li');
    const categoryName = result.filters.category?.[0];
    const categoryId = categoryName ? this.#categoryIds.get(categoryName) : undefined;
    if (categoryId) item.dataset.category = categoryId;
    const type = document.createElement('p');
    type.className = 'type';
    type.id = `${id}-type`;
    const typeName = result.meta.type ?? '';
    // An award's category ("Award", "Honour") may repeat its type: say it once.
    type.textContent =
      categoryName && categoryName !== typeName ? fill(this.#labels.kind, { type: typeName, category: categoryName }) : typeName;
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    const described = [type.id];
    const heading = document.createElement('h3');
    heading.append(link);
    item.append(type, heading);
    const { when, venue } = result.meta;
    const details = when && venue ? fill(this.#labels.details, { when, venue }) : (when ?? venue);
    if (details) {
      const line = document.createElement('p');
      line.className = 'when';
      line.id = `${id}-when`;
      line.textContent = details;
      described.push(line.id);
      item.append(line);
    }
    // Read with the link as it takes focus: what kind of result it is, and when and where.
    link.setAttribute('aria-describedby', described.join(' '));
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    const text = tidyExcerpt(
      { html: result.excerpt, plain: result.plain_excerpt ?? '', content: result.raw_content ?? result.content },
      this.#labels,
    );
    excerpt.append(...excerptNodes(text));
    item.append(excerpt);
    return item;
  }
}
