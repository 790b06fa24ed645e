// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://talent-month.xiamen.example',
  trailingSlash: 'always',
  i18n: {
    locales: ['en', 'zh-cn'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  // The guard comes first so a broken programme stops the build before anything else runs.
  integrations: [contentGuard(), mdx(), sitemap()],
  server: { port: 4321 },
});
