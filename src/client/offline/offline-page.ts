/**
 * On the offline page: keep only the lists of pages that are saved on this device. Each list
 * carries its language's home page; the offline worker saves a language's pages all at once, so
 * the home page is saved exactly when the rest are. Where this page's own language is not saved,
 * it says how it will be.
 */
const lists = [...document.querySelectorAll<HTMLElement>('[data-saved-home]')];
const notSaved = document.querySelector<HTMLElement>('[data-offline-not-saved]');

if ('caches' in window) {
  void Promise.all(
    lists.map(async (list) => {
      // Saved pages are kept under their address with a revision added as a query.
      const saved = await caches.match(list.dataset.savedHome ?? '', { ignoreSearch: true }).catch(() => undefined);
      list.hidden = saved === undefined;
    }),
  ).then(() => {
    if (notSaved && lists[0]?.hidden === true) notSaved.hidden = false;
  });
}
