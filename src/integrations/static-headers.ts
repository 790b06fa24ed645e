/**
 * Writes dist/_headers after the build: the Content-Security-Policy every page already carries
 * in its <meta>, less the hashes that match none of its inline code (merged into one for the whole site), frame-ancestors (which a <meta> cannot
 * set), security headers, and a year's caching for files with a content hash in their name.
 * Netlify and Cloudflare Pages read it as it is; scripts/serve-static.ts applies it in tests.
 * It also puts each language's 404 page where hosts look for it (dist/zh-cn/404.html; Astro
 * writes only the root one as 404.html) and writes dist/_redirects, with which Netlify serves it.
 */
import { existsSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/index.ts';
import { pruneUnusedHashes } from '../../scripts/lib/csp-hashes.ts';
import { mergePolicies, siteHeaderRules, writeHeadersFile } from '../../scripts/lib/headers.ts';
import { notFoundRedirects } from '../lib/not-found.ts';
import { htmlFilesIn } from '../../scripts/lib/html-files.ts';

const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

export function staticHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const folders = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
        for (const folder of folders) {
          const written = join(site, folder, '404', 'index.html');
          if (!existsSync(written)) throw new Error(`No 404 page for ${folder}: expected src/pages/${folder}/404.astro`);
          renameSync(written, join(site, folder, '404.html'));
          rmdirSync(join(site, folder, '404'));
        }
        writeFileSync(join(site, '_redirects'), notFoundRedirects(folders, base));
        const pages = htmlFilesIn(site).map((name) => join(site, name));
        // Each page keeps only the hashes of its own inline code (see csp-hashes.ts).
        const policies = pages.flatMap((page) => {
          const html = pruneUnusedHashes(readFileSync(page, 'utf8'));
          writeFileSync(page, html);
          return META_POLICY.exec(html)?.[1] ?? [];
        });
        // Every page must carry a policy: one without would be unprotected and its scripts unaccounted for.
        if (policies.length !== pages.length) {
          throw new Error(`${String(pages.length - policies.length)} of ${String(pages.length)} pages have no Content-Security-Policy`);
        }
        const policy = mergePolicies(policies.map((value) => value.replaceAll('&#39;', "'").replaceAll('&quot;', '"')));
        writeFileSync(join(site, '_headers'), writeHeadersFile(siteHeaderRules(policy, base)));
        logger.info(
          `Wrote _headers: one Content-Security-Policy for ${String(pages.length)} pages; _redirects: 404 pages for ${folders.join(', ')}.`,
        );
      },
    },
  };
}
