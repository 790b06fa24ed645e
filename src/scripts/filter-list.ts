/**
 * <filter-list>: filters the items inside it by the checkboxes of its form, and keeps the choice
 * in the URL so a filtered view can be shared, survives a reload, and follows back and forward.
 * Without JavaScript the form stays hidden and every item shows.
 *
 * Markup: a <form> of checkboxes (name = facet, value = value); items with `data-facet-<facet>`
 * attributes holding space-separated values; optional groups (`data-filter-group`) hidden when
 * all their items are; an output for the count (`data-filter-count`, with `data-template`
 * "Showing {shown} of {total}"); an element shown when nothing matches (`data-filter-empty`);
 * and a reset button.
 */
import { matchesSelection, parseSelection, serializeSelection, type Selection } from '../lib/filters.ts';

class FilterList extends HTMLElement {
  #form: HTMLFormElement | null = null;
  #facets: string[] = [];

  connectedCallback(): void {
    this.#form = this.querySelector('form');
    if (!this.#form) return;
    this.#facets = [...new Set(Array.from(this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]'), (input) => input.name))];
    this.#form.hidden = false;
    this.#form.addEventListener('change', () => {
      this.#update(this.#readForm(), 'push');
    });
    this.#form.addEventListener('reset', () => {
      // The reset clears the boxes after this event; read the cleared state then.
      setTimeout(() => {
        this.#update({}, 'push');
      });
    });
    // Boxes apply as they change; the submit button is for those who expect one: it applies
    // and moves focus to the count, which says what changed.
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update(this.#readForm(), 'push');
      const count = this.querySelector<HTMLElement>('[data-filter-count]');
      count?.setAttribute('tabindex', '-1');
      count?.focus();
    });
    window.addEventListener('popstate', () => {
      this.#update(parseSelection(location.search, this.#facets), 'none');
    });
    this.#update(parseSelection(location.search, this.#facets), 'none');
  }

  #readForm(): Selection {
    const selection: Selection = {};
    for (const input of this.#form?.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked') ?? []) {
      (selection[input.name] ??= []).push(input.value);
    }
    return selection;
  }

  #update(selection: Selection, history: 'push' | 'none'): void {
    for (const input of this.#form?.querySelectorAll<HTMLInputElement>('input[type=checkbox]') ?? []) {
      input.checked = selection[input.name]?.includes(input.value) ?? false;
    }
    const items = Array.from(this.querySelectorAll<HTMLElement>('[data-filter-item]'));
    let shown = 0;
    for (const item of items) {
      const facets = Object.fromEntries(
        this.#facets.map((facet) => [facet, (item.getAttribute(`data-facet-${facet}`) ?? '').split(' ').filter(Boolean)]),
      );
      item.hidden = !matchesSelection(facets, selection);
      if (!item.hidden) shown += 1;
    }
    for (const group of this.querySelectorAll<HTMLElement>('[data-filter-group]')) {
      group.hidden = !group.querySelector('[data-filter-item]:not([hidden])');
    }
    const count = this.querySelector<HTMLElement>('[data-filter-count]');
    if (count)
      count.textContent = (count.dataset.template ?? '').replace('{shown}', String(shown)).replace('{total}', String(items.length));
    const empty = this.querySelector<HTMLElement>('[data-filter-empty]');
    if (empty) empty.hidden = shown > 0;
    for (const summary of this.querySelectorAll<HTMLElement>('[data-facet-summary]')) {
      const chosen = selection[summary.dataset.facetSummary ?? '']?.length ?? 0;
      const label = summary.querySelector('[data-chosen]');
      if (label) label.textContent = chosen > 0 ? ` (${String(chosen)})` : '';
    }
    if (history === 'push') {
      const query = serializeSelection(selection, this.#facets);
      const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`) window.history.pushState(null, '', url);
    }
  }
}

customElements.define('filter-list', FilterList);
