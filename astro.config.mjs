// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { designTokens } from './src/integrations/design-tokens.ts';
import { publishCompleteBuild } from './src/integrations/publish-complete-build.ts';
import { redirectPaths } from './scripts/lib/redirect-paths.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { socialCards } from './src/integrations/social-cards.ts';
import { staticHeaders } from './src/integrations/static-headers.ts';
import { DEFAULT_LOCALE, LOCALES, languageTag } from './src/i18n/index.ts';
import { normaliseBase, withoutBase } from './src/lib/urls.ts';
import { offlineWorker } from './src/integrations/offline-worker.ts';
import { clientWords } from './src/integrations/client-words.ts';

const oldAddresses = redirectPaths(fileURLToPath(new URL('./content/', import.meta.url)));
// Where the site is served: its address, and the sub-path under it (GitHub Pages serves a
// project at /<repository>/). Both come from the environment so one build serves any host.
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://talent-month.xiamen.example',
  base,
  trailingSlash: 'always',
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  // The guard comes first so a broken programme stops the build before anything else runs.
  // The social cards are drawn from the finished pages, and take out what the pages said for them;
  // the search index is then built from the pages as they are published, and the offline workers
  // from the pages, the index and the headers as they are final. Last, the finished site
  // replaces dist/ in one step: a build that fails anywhere before leaves the last good site.
  integrations: [
    contentGuard(),
    designTokens(),
    ...clientWords(),
    mdx(),
    sitemap({
      // Old addresses only redirect, and the offline pages are shown only in place of a page not saved.
      filter: (page) => {
        const path = withoutBase(new URL(page).pathname, base);
        return !oldAddresses.has(path) && !/^\/(?:[a-z-]+\/)?offline\/$/.test(path);
      },
      // Alternates for each language version of a page, once the Chinese pages exist.
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((locale) => [locale, languageTag(locale)])) },
    }),
    socialCards(),
    searchIndex(),
    staticHeaders(),
    offlineWorker(),
    publishCompleteBuild(),
  ],
  server: { port: 4321 },
  // Every script and stylesheet is a file of its own, never inlined: the policy then needs no
  // hashes at all ('self' covers them), and browsers cache them across pages.
  build: { inlineStylesheets: 'never' },
  // Shiki colours code with inline styles, which the policy forbids; the content has no code.
  markdown: { syntaxHighlight: false },
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  // Each page gets a Content-Security-Policy <meta> with the hashes of its own inline scripts and
  // styles; nothing else runs. Search needs WebAssembly ('wasm-unsafe-eval', not 'unsafe-eval')
  // and fetches its index from the site itself, without a web worker. The only worker is the
  // site's own service worker (src/integrations/offline-worker.ts), from the site itself.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
