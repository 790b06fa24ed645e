/**
 * The header's menu is a <details> disclosure and works without this script. With it, the menu
 * closes as a visitor expects a menu to: on Esc (focus back on its button), on a click or tap
 * outside it, and when focus leaves it.
 */
const menu = document.querySelector<HTMLDetailsElement>('details[data-site-menu]');
const summary = menu?.querySelector('summary');

if (menu && summary) {
  const close = (): void => {
    menu.open = false;
  };
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menu.open) {
      event.preventDefault();
      close();
      summary.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (menu.open && event.target instanceof Node && !menu.contains(event.target)) close();
  });
  menu.addEventListener('focusout', (event) => {
    if (menu.open && event.relatedTarget instanceof Node && !menu.contains(event.relatedTarget)) close();
  });
}
