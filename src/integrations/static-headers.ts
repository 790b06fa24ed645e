/**
 * Writes dist/_headers after the build: the Content-Security-Policy every page already carries
 * in its <meta> (merged into one for the whole site), frame-ancestors (which a <meta> cannot
 * set), security headers, and a year's caching for files with a content hash in their name.
 * Netlify and Cloudflare Pages read it as it is; scripts/serve-static.ts applies it in tests.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mergePolicies, siteHeaderRules, writeHeadersFile } from '../lib/headers.ts';

const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(folder, name));
}

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
        const pages = htmlFiles(site);
        const policies = pages.flatMap((page) => META_POLICY.exec(readFileSync(page, 'utf8'))?.[1] ?? []);
        // Every page must carry a policy: one without would be unprotected and its scripts unaccounted for.
        if (policies.length !== pages.length) {
          throw new Error(`${String(pages.length - policies.length)} of ${String(pages.length)} pages have no Content-Security-Policy`);
        }
        const policy = mergePolicies(policies.map((value) => value.replaceAll('&#39;', "'").replaceAll('&quot;', '"')));
        writeFileSync(join(site, '_headers'), writeHeadersFile(siteHeaderRules(policy, base)));
        logger.info(`Wrote _headers: one Content-Security-Policy for ${String(pages.length)} pages.`);
      },
    },
  };
}
