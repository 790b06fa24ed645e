/**
 * <filter-list>: filters the items inside it by the checkboxes of its form, as faceted search
 * does, and keeps the choice in the URL so a filtered view can be shared, survives a reload, and
 * follows back and forward. Without JavaScript the form stays hidden and every item shows.
 *
 * Markup (FilterPanel.astro): a <search> of <details> panels of checkboxes (name = facet,
 * value = value), each option's count in a `.count`; items with `data-facet-<facet>` attributes
 * holding space-separated values; optional groups (`data-filter-group`) hidden when all their
 * items are; an output for the count (`data-filter-count`, `data-template` "Showing {shown} of
 * {total}"); a list for the chips (`data-filter-chips`); a place for notices about values the
 * form does not have (`data-filter-unknown`); an element shown when nothing matches
 * (`data-filter-empty`); buttons that clear everything (`data-filter-clear`). Links anywhere on the page marked `data-filter-jump`
 * that lead into a group are disabled while the filters hide it. Items that share a
 * `data-filter-key` (an activity on each of the days it covers) are filtered alike and counted once.
 */
// Filter values that move with the clock (registration) are brought up to date before the list reads them.
import './registration-state.ts';
import {
  facetCounts,
  matchesSelection,
  onePerKey,
  parseSelection,
  selectionSize,
  serializeSelection,
  splitSelection,
  withoutValue,
  type Selection,
} from '../lib/filters.ts';

/** Fills `{placeholders}` in a template the page wrote in the reader's language. */
const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));

/** An option's label as written, without its count. */
const labelOf = (input: HTMLInputElement): string =>
  Array.from(input.parentElement?.childNodes ?? [], (node) => (node.nodeType === Node.TEXT_NODE ? node.textContent : ''))
    .join('')
    .trim();

class FilterList extends HTMLElement {
  #form: HTMLElement | null = null;
  #facets: string[] = [];
  #inputs: HTMLInputElement[] = [];
  #options: Record<string, string[]> = {};
  #items: { element: HTMLElement; key: string; facets: Record<string, string[]> }[] = [];
  /** One item per key (an activity shown on each of its days counts once). */
  #distinct: { key: string; facets: Record<string, string[]> }[] = [];
  /** What the address asks for, including values the form does not have. */
  #selection: Selection = {};

  connectedCallback(): void {
    const form = this.querySelector<HTMLElement>('search');
    if (!form) return;
    this.#form = form;
    this.#inputs = Array.from(form.querySelectorAll<HTMLInputElement>('input[type=checkbox]'));
    this.#facets = [...new Set(this.#inputs.map((input) => input.name))];
    this.#options = Object.fromEntries(
      this.#facets.map((facet) => [facet, this.#inputs.filter((input) => input.name === facet).map((input) => input.value)]),
    );
    this.#items = Array.from(this.querySelectorAll<HTMLElement>('[data-filter-item]'), (element, index) => ({
      element,
      key: element.dataset.filterKey ?? String(index),
      facets: Object.fromEntries(
        this.#facets.map((facet) => [facet, (element.getAttribute(`data-facet-${facet}`) ?? '').split(' ').filter(Boolean)]),
      ),
    }));
    this.#distinct = onePerKey(this.#items, (item) => item.key);
    form.hidden = false;

    form.addEventListener('change', () => {
      // Values the form does not have stay until removed on their own.
      const next = this.#readForm();
      for (const { facet, value } of splitSelection(this.#selection, this.#options).unknown) (next[facet] ??= []).push(value);
      this.#update(next, 'push');
    });
    form.addEventListener('click', (event) => {
      const target = event.target as Element;
      if (target.closest('[data-filter-clear]')) {
        this.#update({}, 'push');
        this.#firstSummary()?.focus();
        return;
      }
      const button = target.closest<HTMLButtonElement>('button[data-facet]');
      if (!button) return;
      const list = button.closest('ul, [data-filter-unknown]');
      const index = Array.from(list?.querySelectorAll('button') ?? []).indexOf(button);
      this.#update(withoutValue(this.#selection, button.dataset.facet ?? '', button.dataset.value ?? ''), 'push');
      // The removed button is gone: focus its neighbour, or the first panel when none is left.
      const rest = Array.from(list?.querySelectorAll<HTMLElement>('button') ?? []);
      (rest[Math.min(index, rest.length - 1)] ?? this.#firstSummary())?.focus();
    });
    this.#panels(form);
    window.addEventListener('popstate', () => {
      this.#update(parseSelection(location.search, this.#facets), 'none');
    });
    this.#update(parseSelection(location.search, this.#facets), 'none');
  }

  #firstSummary(): HTMLElement | null {
    return this.#form?.querySelector('summary') ?? null;
  }

  /** One panel open at a time (the details share a name; closed here too where that is not supported), Esc or a click elsewhere closes it. */
  #panels(form: HTMLElement): void {
    const panels = Array.from(form.querySelectorAll('details'));
    const close = (panel: HTMLDetailsElement): void => {
      panel.open = false;
    };
    for (const panel of panels) {
      panel.addEventListener('toggle', () => {
        panel.removeAttribute('data-align');
        if (!panel.open) return;
        for (const other of panels) if (other !== panel) close(other);
        // A panel under a summary near the right edge opens leftwards instead.
        const box = panel.querySelector('fieldset')?.getBoundingClientRect();
        if (box && box.right > document.documentElement.clientWidth) panel.dataset.align = 'end';
      });
    }
    form.addEventListener('keydown', (event) => {
      const open = panels.find((panel) => panel.open);
      if (event.key !== 'Escape' || !open) return;
      event.preventDefault();
      close(open);
      open.querySelector('summary')?.focus();
    });
    document.addEventListener('pointerdown', (event) => {
      for (const panel of panels) if (panel.open && !panel.contains(event.target as Node)) close(panel);
    });
    form.addEventListener('focusout', (event) => {
      const to = event.relatedTarget as Node | null;
      for (const panel of panels) if (panel.open && to && !panel.contains(to)) close(panel);
    });
  }

  #readForm(): Selection {
    const selection: Selection = {};
    for (const input of this.#inputs) if (input.checked) (selection[input.name] ??= []).push(input.value);
    return selection;
  }

  #update(selection: Selection, history: 'push' | 'none'): void {
    const form = this.#form;
    if (!form) return;
    this.#selection = selection;
    const { known, unknown } = splitSelection(selection, this.#options);

    const shownKeys = new Set<string>();
    for (const { element, key, facets } of this.#items) {
      element.hidden = !matchesSelection(facets, known);
      if (!element.hidden) shownKeys.add(key);
    }
    const shown = shownKeys.size;
    for (const group of this.querySelectorAll<HTMLElement>('[data-filter-group]')) {
      group.hidden = !group.querySelector('[data-filter-item]:not([hidden])');
    }

    // Each option counts what it would show beside the other facets' choices; one that would show
    // nothing cannot be chosen, unless it already is (so that it can be unchosen).
    const counts = facetCounts(
      this.#distinct.map((item) => item.facets),
      known,
      this.#facets,
    );
    for (const input of this.#inputs) {
      const count = counts[input.name]?.[input.value] ?? 0;
      input.checked = known[input.name]?.includes(input.value) ?? false;
      input.disabled = count === 0 && !input.checked;
      const label = input.parentElement?.querySelector('.count');
      if (label) label.textContent = fill(form.dataset.optionCount ?? '', { count });
    }
    for (const summary of form.querySelectorAll<HTMLElement>('[data-facet-summary]')) {
      const chosen = known[summary.dataset.facetSummary ?? '']?.length ?? 0;
      const label = summary.querySelector('[data-chosen]');
      if (label) label.textContent = chosen > 0 ? fill(form.dataset.optionCount ?? '', { count: chosen }) : '';
    }

    const count = form.querySelector<HTMLElement>('[data-filter-count]');
    if (count) count.textContent = fill(count.dataset.template ?? '', { shown, total: this.#distinct.length });
    const empty = form.querySelector<HTMLElement>('[data-filter-empty]');
    if (empty) empty.hidden = shown > 0;
    // With nothing shown, the offer to clear sits in the message instead.
    const clear = form.querySelector<HTMLElement>('[data-filter-clear]:not([data-filter-empty] *)');
    if (clear) clear.hidden = selectionSize(selection) === 0 || (empty !== null && shown === 0);

    this.#renderChips(form, known);
    this.#renderUnknown(form, unknown);
    this.#updateJumps();

    if (history === 'push') {
      const query = serializeSelection(selection, this.#facets);
      const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`) window.history.pushState(null, '', url);
    }
  }

  /** A button that removes one value, named "Remove Siming" in the reader's language. */
  #removeButton(form: HTMLElement, facet: string, value: string, label: string): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.facet = facet;
    button.dataset.value = value;
    button.setAttribute('aria-label', fill(form.dataset.remove ?? '', { value: label }));
    return button;
  }

  #renderChips(form: HTMLElement, known: Selection): void {
    const chips = form.querySelector<HTMLElement>('[data-filter-chips]');
    if (!chips) return;
    chips.replaceChildren(
      ...this.#inputs
        .filter((input) => known[input.name]?.includes(input.value))
        .map((input) => {
          const label = labelOf(input);
          const button = this.#removeButton(form, input.name, input.value, label);
          button.textContent = label;
          // Category chips take the category's colour (tokens keyed by data-category).
          if (input.closest('fieldset')?.hasAttribute('data-colour')) button.dataset.category = input.value;
          const item = document.createElement('li');
          item.append(button);
          return item;
        }),
    );
    chips.hidden = chips.childElementCount === 0;
  }

  /** Says which values of the address the form does not have, each with a button to drop it. */
  #renderUnknown(form: HTMLElement, unknown: { facet: string; value: string }[]): void {
    const notices = form.querySelector<HTMLElement>('[data-filter-unknown]');
    if (!notices) return;
    notices.replaceChildren(
      ...unknown.map(({ facet, value }) => {
        const noun =
          form.querySelector<HTMLElement>(`summary[data-facet-summary="${CSS.escape(facet)}"] + fieldset`)?.dataset.noun ?? facet;
        const notice = document.createElement('p');
        const button = this.#removeButton(form, facet, value, value);
        button.className = 'button';
        button.textContent = button.getAttribute('aria-label');
        button.removeAttribute('aria-label');
        notice.append(fill(form.dataset.unknown ?? '', { facet: noun, value }), button);
        return notice;
      }),
    );
  }

  /** Day jumps (anywhere on the page) to a group the filters hide are disabled, not dead, until it shows again. */
  #updateJumps(): void {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-filter-jump]')) {
      const href = link.getAttribute('href') ?? link.dataset.href ?? '';
      const target = href.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
      const group = target?.closest<HTMLElement>('[data-filter-group]');
      if (!group || !this.contains(group)) continue;
      if (group.hidden && link.hasAttribute('href')) {
        link.dataset.href = href;
        link.removeAttribute('href');
        link.setAttribute('role', 'link');
        link.setAttribute('aria-disabled', 'true');
      } else if (!group.hidden && !link.hasAttribute('href')) {
        link.setAttribute('href', href);
        link.removeAttribute('data-href');
        link.removeAttribute('role');
        link.removeAttribute('aria-disabled');
      }
    }
  }
}

customElements.define('filter-list', FilterList);
