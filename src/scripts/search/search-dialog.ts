/**
 * The search dialog every page has. The header's search link (to /search/, which works without
 * JavaScript) becomes a button-like trigger; Ctrl+K, Cmd+K and "/" open the dialog from anywhere
 * except while typing in a field; Esc closes it and focus goes back where it was.
 */
import { SearchView } from './search-view.ts';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
const trigger = document.querySelector<HTMLAnchorElement>('a[data-search-trigger]');

if (dialog && trigger) {
  let view: SearchView | undefined;
  let returnTo: HTMLElement | null = null;

  const open = (): void => {
    if (dialog.open) return;
    returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : trigger;
    const panel = dialog.querySelector<HTMLElement>('[data-search-panel]');
    if (panel) view ??= new SearchView(panel);
    dialog.showModal();
    view?.warmUp();
    view?.input.focus();
    view?.input.select();
  };

  trigger.setAttribute('role', 'button');
  trigger.setAttribute('aria-haspopup', 'dialog');
  trigger.addEventListener('click', (event) => {
    event.preventDefault();
    open();
  });
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
