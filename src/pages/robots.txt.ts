/** robots.txt: everything may be crawled; the sitemap says where the pages are. */
import type { APIRoute } from 'astro';
import { rootFile } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(rootFile('sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
