/**
 * Writes one service worker per language with Workbox (workbox-build's generateSW), once the
 * pages, the search index and the headers are final: `sw.js` beside each language's manifest
 * (`/sw.js` for English, `/zh-cn/sw.js`), so each worker's scope is its language's folder and
 * follows the site's base. At the first visit the worker saves that language's site on the
 * device (src/lib/offline-precache.ts says what); afterwards saved files are served from the
 * device, and a navigation to anything not saved goes to the network, or, offline, to the
 * offline page in the address's language. A new deploy installs a new worker that waits until
 * the visitor reloads (src/client/offline/offline-worker.ts asks them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW, type RuntimeCaching } from 'workbox-build';
import { DEFAULT_LOCALE, LOCALES, languageTag, type Locale } from '../i18n/index.ts';
import { htmlFilesIn } from '../../scripts/lib/html-files.ts';
import {
  WORKER_FILE,
  addressOf,
  folderOf,
  isPrecached,
  offlinePageFile,
  searchFilesOf,
  workerFileOf,
  type PrecacheFacts,
} from '../lib/offline-precache.ts';
import { normaliseBase } from '../lib/urls.ts';

/**
 * A navigation under `prefix`. Workbox writes a matcher's source into the worker, where no
 * variable of the build exists, so the prefix is written into the function's own source.
 */
function navigationUnder(prefix: string): RuntimeCaching['urlPattern'] {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- built from a JSON string literal, in the build only
  return new Function(
    '{ request, url }',
    `return request.mode === 'navigate' && url.pathname.startsWith(${JSON.stringify(prefix)});`,
  ) as RuntimeCaching['urlPattern'];
}

/**
 * Navigations that are not saved: the network, else the offline page of the address's language.
 * The default language's worker covers the whole site, so it also answers for the other
 * languages' folders (most specific first) until their own workers take over.
 */
function offlineFallbacks(locale: Locale, base: string): RuntimeCaching[] {
  const answered: Locale[] =
    locale === DEFAULT_LOCALE ? [...LOCALES.filter((other) => other !== DEFAULT_LOCALE), DEFAULT_LOCALE] : [locale];
  return answered.map((language) => ({
    urlPattern: navigationUnder(`${base}${folderOf(language)}`),
    handler: 'NetworkOnly',
    options: { precacheFallback: { fallbackURL: addressOf(offlinePageFile(language), base) } },
  }));
}

/** Pages that only send the visitor on (`<meta http-equiv="refresh">`): not worth saving. */
function redirectPages(site: string): Set<string> {
  return new Set(htmlFilesIn(site).filter((page) => /<meta http-equiv="refresh"/i.test(readFileSync(join(site, page), 'utf8'))));
}

/** What one language's worker saves. */
export interface WrittenWorker {
  file: string;
  /** How many files it saves, and their bytes before compression. */
  count: number;
  size: number;
}

/**
 * Writes each language's worker into a finished site. The build calls it last; the tests call it
 * on a changed copy of the site, as a new deploy.
 */
export async function writeOfflineWorkers(site: string, base: string): Promise<WrittenWorker[]> {
  const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as Parameters<typeof searchFilesOf>[0];
  const redirects = redirectPages(site);
  const written: WrittenWorker[] = [];
  for (const locale of LOCALES) {
    const facts: PrecacheFacts = { locale, search: searchFilesOf(entry, languageTag(locale)), redirects };
    const file = workerFileOf(locale);
    const { count, size, warnings } = await generateSW({
      globDirectory: site,
      globPatterns: ['**/*'],
      // Social cards are large and shown only in link previews: not even read.
      globIgnores: ['**/og/**', `**/${WORKER_FILE}`],
      manifestTransforms: [
        (entries) => ({
          manifest: entries.filter(({ url }) => isPrecached(url, facts)).map((saved) => ({ ...saved, url: addressOf(saved.url, base) })),
          warnings: [],
        }),
      ],
      // Files whose names change with their content need no revision of their own.
      dontCacheBustURLsMatching: /^(?:_astro\/|pagefind\/(?:index|fragment|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/,
      // A page asked for with a query (a filter, a shared programme, search's cache-busting) is the saved page.
      ignoreURLParametersMatching: [/./],
      swDest: join(site, file),
      cacheId: `talent-month-${locale}`,
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      // A new version waits until the visitor chooses to reload: a page never changes under them.
      skipWaiting: false,
      runtimeCaching: offlineFallbacks(locale, base),
      inlineWorkboxRuntime: true,
      mode: 'production',
      sourcemap: false,
      disableDevLogs: true,
    });
    if (warnings.length > 0) throw new Error(`The ${locale} offline worker: ${warnings.join('; ')}`);
    written.push({ file, count, size });
  }
  return written;
}

export function offlineWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'offline-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const { file, count, size } of await writeOfflineWorkers(fileURLToPath(dir), base)) {
          logger.info(
            `Wrote ${file}: ${String(count)} files saved for offline use (${(size / 1024 / 1024).toFixed(1)} MB before compression).`,
          );
        }
      },
    },
  };
}
