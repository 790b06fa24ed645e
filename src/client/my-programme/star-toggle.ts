/**
 * <star-toggle data-id="…" data-label="Save … to my programme">: a star button that saves an
 * activity to the visitor's own programme. The element is empty in the HTML, so without
 * JavaScript no star appears that could not work.
 */
import { onSavedChange, readSaved, toggleSaved } from './store.ts';

class StarToggle extends HTMLElement {
  connectedCallback(): void {
    const id = this.dataset.id;
    if (!id || this.querySelector('button')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'star';
    button.setAttribute('aria-label', this.dataset.label ?? id);
    button.innerHTML =
      '<svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22"><path d="M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z"/></svg>';
    const render = (): void => {
      button.setAttribute('aria-pressed', String(readSaved().includes(id)));
    };
    button.addEventListener('click', () => {
      toggleSaved(id);
    });
    onSavedChange(render);
    render();
    this.append(button);
  }
}

customElements.define('star-toggle', StarToggle);
