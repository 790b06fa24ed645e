/**
 * /search/?q=…: runs the search form (not drawn for visitors without JavaScript, whom the page
 * sends to the programme and guidance instead), runs the query in the address at once, and keeps
 * the address in step with the query and filters, so a search can be shared, bookmarked and used
 * from the browser's address bar (OpenSearch).
 */
import { SearchView } from './search-view.ts';

const panel = document.querySelector<HTMLElement>('main [data-search-panel]');
if (panel) {
  const view = new SearchView(panel);
  const hint = document.querySelector<HTMLElement>('main [data-search-hint]');
  if (hint) hint.hidden = false;
  const params = new URLSearchParams(location.search);
  view.input.value = params.get('q') ?? '';
  for (const name of ['type', 'category', 'sort']) {
    const select = panel.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    const value = params.get(name);
    if (select && value && Array.from(select.options).some((option) => option.value === value)) select.value = value;
  }
  panel.addEventListener('search-state', (event) => {
    const state = (event as CustomEvent<Record<string, string>>).detail;
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries({
      q: state.query ?? '',
      type: state.type ?? '',
      category: state.category ?? '',
      sort: state.sort ?? '',
    })) {
      if (value) next.set(key, value);
    }
    const query = next.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  });
  view.input.addEventListener('focus', () => {
    view.warmUp();
  });
  if (view.input.value || params.has('type') || params.has('category')) view.searchNow();
}
