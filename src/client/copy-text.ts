/**
 * <copy-text data-source="id" data-label="Copy" data-done="Copied">: a button that copies the
 * text of the element with that id, to paste into a chat or a ride-hailing app. The element is
 * empty in the HTML, so without JavaScript (or without a clipboard) no button appears that could
 * not work. The outcome is announced through the button's own live text.
 */
class CopyText extends HTMLElement {
  connectedCallback(): void {
    const source = document.getElementById(this.dataset.source ?? '');
    if (!source || this.querySelector('button') || !('clipboard' in navigator)) return;
    const label = this.dataset.label ?? 'Copy';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = label;
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    status.className = 'copy-status';
    button.addEventListener('click', () => {
      // Lines of the card become lines of the copied text; the card's layout spaces do not.
      const text = [...source.children].map((line) => line.textContent.trim()).join('\n') || source.textContent.trim();
      navigator.clipboard.writeText(text).then(
        () => {
          status.textContent = this.dataset.done ?? '';
        },
        () => {
          status.textContent = this.dataset.failed ?? '';
        },
      );
    });
    this.append(button, status);
  }
}

customElements.define('copy-text', CopyText);
