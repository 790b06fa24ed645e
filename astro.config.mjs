// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { redirectPaths } from './src/integrations/redirect-paths.ts';
import { searchIndex } from './src/integrations/search-index.ts';

const oldAddresses = redirectPaths(fileURLToPath(new URL('./content/', import.meta.url)));

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://talent-month.xiamen.example',
  trailingSlash: 'always',
  i18n: {
    locales: ['en', 'zh-cn'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  // The guard comes first so a broken programme stops the build before anything else runs.
  // The search index is built last, from the finished pages.
  integrations: [
    contentGuard(),
    mdx(),
    sitemap({
      filter: (page) => !oldAddresses.has(new URL(page).pathname),
      // Alternates for each language version of a page, once the Chinese pages exist.
      i18n: { defaultLocale: 'en', locales: { en: 'en-GB', 'zh-cn': 'zh-CN' } },
    }),
    searchIndex(),
  ],
  server: { port: 4321 },
});
