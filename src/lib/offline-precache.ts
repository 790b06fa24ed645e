/**
 * What each language's service worker saves on the visitor's device at the first visit, so
 * that language's site works offline: every page of it, the stylesheet and scripts, its
 * programme.json and calendar files, its manifest, its part of the search index, and its offline
 * page (the default language's worker covers the whole site, so it saves every language's
 * offline page, to answer for their addresses until their own worker is installed). Not saved:
 * the other language's pages, images that no page shows (the social cards, which only link
 * previews show, and the app icons, which a phone fetches when the site is installed), feeds and
 * sitemaps (read by other programs), the 404 pages and the redirects of old addresses.
 * Pure: the build passes in the file list and what pagefind wrote (src/integrations/offline-worker.ts).
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/index.ts';

/** The folder a locale's files live in, relative to the site: '' for the default, 'zh-cn/' for Chinese. */
export function folderOf(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `${locale}/`;
}

/** The locale a built file belongs to, from its folder. */
export function localeOfFile(file: string): Locale {
  return LOCALES.find((locale) => locale !== DEFAULT_LOCALE && file.startsWith(folderOf(locale))) ?? DEFAULT_LOCALE;
}

/** The name of each language's worker file, in that language's folder, which is its scope. */
export const WORKER_FILE = 'sw.js';

/** A locale's worker, as a built file: `sw.js`, `zh-cn/sw.js`. */
export function workerFileOf(locale: Locale): string {
  return `${folderOf(locale)}${WORKER_FILE}`;
}

/** The offline page of a locale, as a built file. */
export function offlinePageFile(locale: Locale): string {
  return `${folderOf(locale)}offline/index.html`;
}

/** What pagefind wrote for one language: the prefix of its index files, its metadata file, its WebAssembly. */
export interface SearchFiles {
  /** The language's key in pagefind-entry.json, which its index files start with: `en-gb`. */
  language: string;
  /** Its hash, which names its metadata file: `pagefind.<hash>.pf_meta`. */
  hash: string;
  /** Its WebAssembly's language (`en-gb`), or `unknown` for the language-neutral one. */
  wasm: string;
}

/** Reads a language's search files from pagefind-entry.json's `languages`. */
export function searchFilesOf(
  entry: { languages: Record<string, { hash: string; wasm: string | null }> },
  languageTag: string,
): SearchFiles {
  const language = languageTag.toLowerCase();
  const found = entry.languages[language];
  if (!found) throw new Error(`The search index has no ${language} part: pagefind indexed ${Object.keys(entry.languages).join(', ')}.`);
  return { language, hash: found.hash, wasm: found.wasm ?? 'unknown' };
}

export interface PrecacheFacts {
  locale: Locale;
  search: SearchFiles;
  /** Pages that only send the visitor on to another address (old addresses of moved entries). */
  redirects: ReadonlySet<string>;
}

/** Files every language needs, whatever its folder. */
const SHARED = [/^_astro\//, /^favicon\.svg$/, /^pagefind\/pagefind\.js$/, /^pagefind\/pagefind-entry\.json$/];

/** The search files of one language. */
function isSearchFile(file: string, { language, hash, wasm }: SearchFiles): boolean {
  return (
    file === `pagefind/wasm.${wasm}.pagefind` ||
    file === `pagefind/pagefind.${hash}.pf_meta` ||
    (/^pagefind\/(?:index|fragment|filter)\/[^/]+$/.test(file) && file.split('/')[2]?.startsWith(`${language}_`) === true)
  );
}

/** A language's own files: its pages (not the 404 page or redirects), its data, calendar files and manifest. */
function isLanguageFile(file: string, { locale, redirects }: PrecacheFacts): boolean {
  if (localeOfFile(file) !== locale) return false;
  const inFolder = file.slice(folderOf(locale).length);
  if (inFolder.startsWith('pagefind/') || inFolder.startsWith('og/')) return false;
  if (file.endsWith('.html')) return !inFolder.endsWith('404.html') && !redirects.has(file);
  return inFolder === 'programme.json' || inFolder === 'manifest.webmanifest' || file.endsWith('.ics');
}

/**
 * Whether a built file (a path relative to the site, with `/`) goes into a language's precache.
 * @example isPrecached('zh-cn/programme/index.html', facts('zh-cn')) // true
 */
export function isPrecached(file: string, facts: PrecacheFacts): boolean {
  const offlinePages = facts.locale === DEFAULT_LOCALE ? LOCALES : [facts.locale];
  if (offlinePages.some((locale) => file === offlinePageFile(locale))) return true;
  if (SHARED.some((pattern) => pattern.test(file))) return true;
  if (file.startsWith('pagefind/')) return isSearchFile(file, facts.search);
  return isLanguageFile(file, facts);
}

/**
 * The address a file is fetched at, which is its key in the cache: a page at its folder's
 * address with the trailing slash, as links and navigations ask for it.
 * @example addressOf('zh-cn/programme/index.html', '/talent-month/') // '/talent-month/zh-cn/programme/'
 */
export function addressOf(file: string, base: string): string {
  return `${base}${file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file}`;
}

/** The file an address of the precache stands for: the inverse of addressOf. */
export function fileOf(address: string, base: string): string {
  const inSite = address.startsWith(base) ? address.slice(base.length) : address.replace(/^\//, '');
  return inSite === '' || inSite.endsWith('/') ? `${inSite}index.html` : inSite;
}
