/**
 * Every link in a built site, checked against the files the build wrote: the page or file must
 * exist and, for a link to `#somewhere`, the page must have that id. Links to the site's own
 * address (canonical, alternates) count as internal. Reads the folder as a static host serves it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFilesIn } from './html-files.ts';

/** `href`, `src` and `action` values in a page, entities decoded. */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((match) => (match[1] ?? '').replaceAll('&amp;', '&'));
}

/** The ids (and old-style anchor names) a fragment can point to. */
export function anchorsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((match) => match[1] ?? ''));
}

/** The file a path is served from, as static hosts do, or undefined when there is none. */
function fileFor(dist: string, path: string): string | undefined {
  const candidate = join(dist, decodeURIComponent(path));
  if (path.endsWith('/')) return existsSync(join(candidate, 'index.html')) ? join(candidate, 'index.html') : undefined;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

/**
 * Broken internal links in the built site at `dist`, as "page → link: reason".
 * @param site the site's address (`site` in astro.config.mjs), whose links are internal too
 * @param base the path the site is served under, e.g. `/` or `/talent-month/`
 */
export function findBrokenLinks(dist: string, site: string, base = '/'): string[] {
  const origin = new URL(site).origin;
  const anchors = new Map<string, Set<string>>();
  const anchorsOf = (file: string): Set<string> => {
    let found = anchors.get(file);
    if (!found) {
      found = anchorsIn(readFileSync(file, 'utf8'));
      anchors.set(file, found);
    }
    return found;
  };
  const broken: string[] = [];
  for (const page of htmlFilesIn(dist)) {
    const pagePath = `${base}${page.replace(/index\.html$/, '').replaceAll('\\', '/')}`;
    const pageUrl = new URL(pagePath, origin);
    for (const link of linksIn(readFileSync(join(dist, page), 'utf8'))) {
      if (link === '' || /^(?:mailto|tel|webcal|geo|data|javascript):/.test(link)) continue;
      const target = new URL(link, pageUrl);
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(base)) {
        broken.push(`${pagePath} → ${link}: outside the site's base ${base}`);
        continue;
      }
      const file = fileFor(dist, target.pathname.slice(base.length - 1));
      if (!file) {
        broken.push(`${pagePath} → ${link}: no such page or file`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && file.endsWith('.html') && !anchorsOf(file).has(fragment)) {
        broken.push(`${pagePath} → ${link}: the page has no #${fragment}`);
      }
    }
  }
  return broken;
}

/** Every distinct link to another site, for the external link check. */
export function externalLinks(dist: string, site: string): Map<string, string[]> {
  const origin = new URL(site).origin;
  const found = new Map<string, string[]>();
  for (const page of htmlFilesIn(dist)) {
    for (const link of linksIn(readFileSync(join(dist, page), 'utf8'))) {
      if (!/^https?:\/\//.test(link) || new URL(link).origin === origin) continue;
      found.set(link, [...(found.get(link) ?? []), page]);
    }
  }
  return found;
}
