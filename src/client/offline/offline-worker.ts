/**
 * Installs the offline worker of the page's language (src/integrations/offline-worker.ts): the
 * `sw.js` beside the language's manifest, whose folder is its scope. When a new deploy's worker
 * has saved the new version and waits, a notice says so and offers to reload: the page is never
 * swapped under the visitor, and never left stale without a word. The worker is looked for at
 * every visit, whenever the page comes back into view, when the connection returns and every hour.
 */
import words from 'virtual:client-words';

type Words = (typeof words)[keyof typeof words];

/** The notice, added once, at the end of the page; a live region, so it is announced where it appears. */
function announceUpdate(waiting: ServiceWorker, say: Words): void {
  if (document.querySelector('[data-update-notice]')) return;
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.dataset.updateNotice = '';
  notice.setAttribute('role', 'status');
  document.body.append(notice);
  const text = document.createElement('p');
  text.textContent = say['update.ready'];
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'button primary';
  reload.textContent = say['update.reload'];
  const later = document.createElement('button');
  later.type = 'button';
  later.className = 'button';
  later.textContent = say['update.later'];
  reload.addEventListener('click', () => {
    reload.disabled = true;
    // Another tab may have let the new worker in already; else it takes over now, and the page
    // is read again from it.
    if (waiting.state !== 'installed') {
      location.reload();
      return;
    }
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  later.addEventListener('click', () => {
    notice.remove();
    // Focus was on the button just removed: give it back to the page's content, not the document.
    document.getElementById('main')?.focus();
  });
  // Filled after it is in the page, so screen readers hear the words arrive.
  requestAnimationFrame(() => notice.append(text, reload, later));
}

/** Calls `found` with a new version that is saved and waiting, now or whenever one arrives. */
function watchForUpdates(registration: ServiceWorkerRegistration, script: string, found: (waiting: ServiceWorker) => void): void {
  // Only a page this worker already serves has an older version to replace. The first install
  // has none, even on a Chinese page the English worker served until then.
  const replacing = (): boolean => navigator.serviceWorker.controller?.scriptURL === script;
  if (registration.waiting && replacing()) found(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && replacing()) found(installing);
    });
  });
  const check = (): void => void registration.update().catch(() => undefined);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  window.addEventListener('online', check);
  // A page left open for hours looks again every hour.
  setInterval(check, 60 * 60 * 1000);
}

const manifest = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
// Only a built site has workers: `astro dev` serves none.
if (import.meta.env.PROD && 'serviceWorker' in navigator && manifest) {
  // The page's language tag is its locale's (`zh-CN` for zh-cn); English is the fallback, as in the dictionaries.
  const tag = document.documentElement.lang.toLowerCase();
  const say = Object.entries(words).find(([locale]) => locale === tag)?.[1] ?? words.en;
  const script = new URL('sw.js', manifest.href).href;
  const register = (): void => {
    navigator.serviceWorker
      .register(script)
      .then((registration) => watchForUpdates(registration, script, (waiting) => announceUpdate(waiting, say)))
      // Without a worker (a private window, a blocked one) the site works as it always did, online.
      .catch(() => undefined);
  };
  // Offline, the worker cannot be fetched: try once the connection is back.
  window.addEventListener('load', () => {
    if (navigator.onLine) register();
    else window.addEventListener('online', register, { once: true });
  });
}
