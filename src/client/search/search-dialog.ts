/**
 * The search dialog every page has. The header's search link (to /search/, which says what to do
 * without JavaScript) becomes a button-like trigger; Ctrl+K, Cmd+K and "/" open the dialog from
 * anywhere except while typing in a field; Esc closes it and focus goes back where it was.
 * The search interface itself is loaded when the dialog is first wanted (focus, hover or a
 * shortcut), so pages carry only this much script until then.
 */
import type { SearchView } from './search-view.ts';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
const trigger = document.querySelector<HTMLAnchorElement>('a[data-search-trigger]');

if (dialog && trigger) {
  const panel = dialog.querySelector<HTMLElement>('[data-search-panel]');
  let view: Promise<SearchView | undefined> | undefined;
  let returnTo: HTMLElement | null = null;

  const load = (): Promise<SearchView | undefined> =>
    (view ??= panel
      ? import('./search-view.ts').then(({ SearchView }) => {
          const created = new SearchView(panel);
          // Whatever was typed while the interface loaded is searched for.
          if (created.input.value) created.searchNow();
          return created;
        })
      : Promise.resolve(undefined));

  const open = (): void => {
    if (dialog.open) return;
    returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : trigger;
    dialog.showModal();
    const input = panel?.querySelector('input');
    input?.focus();
    input?.select();
    void load().then((loaded) => {
      loaded?.warmUp();
    });
  };

  trigger.setAttribute('role', 'button');
  trigger.setAttribute('aria-haspopup', 'dialog');
  trigger.addEventListener('click', (event) => {
    event.preventDefault();
    open();
  });
  for (const intent of ['pointerenter', 'focus']) trigger.addEventListener(intent, () => void load(), { once: true });
  document.addEventListener('keydown', (event) => {
    const shortcut =
      (event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !isTyping(event.target));
    if (shortcut && !dialog.open) {
      event.preventDefault();
      open();
    }
  });
  dialog.addEventListener('close', () => {
    returnTo?.focus();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => {
    dialog.close();
  });
  // A click on the backdrop (the dialog element itself, outside its box) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
