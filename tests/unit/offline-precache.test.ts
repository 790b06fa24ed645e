import { describe, expect, test } from 'vitest';
import { addressOf, fileOf, isPrecached, localeOfFile, searchFilesOf, type PrecacheFacts } from '../../src/lib/offline-precache.ts';

const entry = {
  languages: {
    'en-gb': { hash: 'en-gb_145cb97cf9752', wasm: 'en-gb' },
    'zh-cn': { hash: 'zh-cn_ebcfb8662a413', wasm: null },
  },
};
const redirects = new Set(['programme/returnee-help-day/index.html', 'zh-cn/programme/returnee-help-day/index.html']);
const english: PrecacheFacts = { locale: 'en', search: searchFilesOf(entry, 'en-GB'), redirects };
const chinese: PrecacheFacts = { locale: 'zh-cn', search: searchFilesOf(entry, 'zh-CN'), redirects };

/** A small built site, file by file. */
const site = [
  'index.html',
  '404.html',
  'offline/index.html',
  'programme/index.html',
  'programme/opening-ceremony/index.html',
  'programme/opening-ceremony.ics',
  'programme/returnee-help-day/index.html',
  'programme.json',
  'programme.ics',
  'manifest.webmanifest',
  'feed.xml',
  'changes.xml',
  'sitemap-0.xml',
  'robots.txt',
  'favicon.svg',
  'icons/mark-192.png',
  'og/programme/opening-ceremony.png',
  '_astro/style.CPb7FKw7.css',
  '_astro/Base.astro_astro_type_script_index_0_lang.BWCe4VdX.js',
  '_astro/egret-island.BSfbX93B.svg',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-worker.js',
  'pagefind/wasm.en-gb.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/pagefind.en-gb_145cb97cf9752.pf_meta',
  'pagefind/pagefind.zh-cn_ebcfb8662a413.pf_meta',
  'pagefind/index/en-gb_2f1a3.pf_index',
  'pagefind/index/zh-cn_9c0d1.pf_index',
  'pagefind/fragment/en-gb_77aa1.pf_fragment',
  'pagefind/fragment/zh-cn_12bb3.pf_fragment',
  'pagefind/filter/en-gb_5e5e5.pf_filter',
  'pagefind/filter/zh-cn_6f6f6.pf_filter',
  'zh-cn/index.html',
  'zh-cn/404.html',
  'zh-cn/offline/index.html',
  'zh-cn/programme/opening-ceremony/index.html',
  'zh-cn/programme/opening-ceremony.ics',
  'zh-cn/programme/returnee-help-day/index.html',
  'zh-cn/programme.json',
  'zh-cn/manifest.webmanifest',
  'zh-cn/feed.xml',
  'zh-cn/og/index.png',
];

describe('isPrecached', () => {
  test('saves the English site for the English worker: pages, data, calendar files, assets and its search index', () => {
    expect(site.filter((file) => isPrecached(file, english))).toEqual([
      'index.html',
      'offline/index.html',
      'programme/index.html',
      'programme/opening-ceremony/index.html',
      'programme/opening-ceremony.ics',
      'programme.json',
      'programme.ics',
      'manifest.webmanifest',
      'favicon.svg',
      '_astro/style.CPb7FKw7.css',
      '_astro/Base.astro_astro_type_script_index_0_lang.BWCe4VdX.js',
      '_astro/egret-island.BSfbX93B.svg',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.en-gb.pagefind',
      'pagefind/pagefind.en-gb_145cb97cf9752.pf_meta',
      'pagefind/index/en-gb_2f1a3.pf_index',
      'pagefind/fragment/en-gb_77aa1.pf_fragment',
      'pagefind/filter/en-gb_5e5e5.pf_filter',
      // The root worker answers for Chinese addresses until the Chinese worker is installed.
      'zh-cn/offline/index.html',
    ]);
  });

  test('saves the Chinese site for the Chinese worker, with the shared assets and the language-neutral WebAssembly', () => {
    expect(site.filter((file) => isPrecached(file, chinese))).toEqual([
      'favicon.svg',
      '_astro/style.CPb7FKw7.css',
      '_astro/Base.astro_astro_type_script_index_0_lang.BWCe4VdX.js',
      '_astro/egret-island.BSfbX93B.svg',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.unknown.pagefind',
      'pagefind/pagefind.zh-cn_ebcfb8662a413.pf_meta',
      'pagefind/index/zh-cn_9c0d1.pf_index',
      'pagefind/fragment/zh-cn_12bb3.pf_fragment',
      'pagefind/filter/zh-cn_6f6f6.pf_filter',
      'zh-cn/index.html',
      'zh-cn/offline/index.html',
      'zh-cn/programme/opening-ceremony/index.html',
      'zh-cn/programme/opening-ceremony.ics',
      'zh-cn/programme.json',
      'zh-cn/manifest.webmanifest',
    ]);
  });

  test('saves no 404 page, redirect, social card, icon, feed or sitemap', () => {
    for (const file of [
      '404.html',
      'zh-cn/404.html',
      'programme/returnee-help-day/index.html',
      'og/programme/opening-ceremony.png',
      'icons/mark-192.png',
      'feed.xml',
      'sitemap-0.xml',
    ]) {
      expect(isPrecached(file, english) || isPrecached(file, chinese), file).toBe(false);
    }
  });
});

describe('searchFilesOf', () => {
  test('reads a language’s hash and WebAssembly from pagefind’s entry, by the page language’s tag', () => {
    expect(searchFilesOf(entry, 'en-GB')).toEqual({ language: 'en-gb', hash: 'en-gb_145cb97cf9752', wasm: 'en-gb' });
    expect(searchFilesOf(entry, 'zh-CN')).toEqual({ language: 'zh-cn', hash: 'zh-cn_ebcfb8662a413', wasm: 'unknown' });
  });

  test('fails when the index has no part for the language, naming those it has', () => {
    expect(() => searchFilesOf(entry, 'fr-FR')).toThrow('The search index has no fr-fr part: pagefind indexed en-gb, zh-cn.');
  });
});

describe('addresses', () => {
  test('keeps a page under its folder’s address, as links ask for it, and a file under its name, both under the base', () => {
    expect(addressOf('zh-cn/programme/index.html', '/talent-month/')).toBe('/talent-month/zh-cn/programme/');
    expect(addressOf('index.html', '/')).toBe('/');
    expect(addressOf('zh-cn/programme.json', '/')).toBe('/zh-cn/programme.json');
  });

  test('turns an address back into its file', () => {
    for (const file of ['zh-cn/programme/index.html', 'index.html', 'programme.ics', 'pagefind/pagefind.js']) {
      expect(fileOf(addressOf(file, '/talent-month/'), '/talent-month/')).toBe(file);
      expect(fileOf(addressOf(file, '/'), '/')).toBe(file);
    }
  });

  test('tells a file’s locale by its folder', () => {
    expect(localeOfFile('zh-cn/programme/index.html')).toBe('zh-cn');
    expect(localeOfFile('programme/index.html')).toBe('en');
    expect(localeOfFile('pagefind/pagefind.js')).toBe('en');
  });
});
