/**
 * What a built page weighs as the server sends it, gzipped: its HTML, the stylesheets it links,
 * and the JavaScript it loads before any interaction (its module scripts with their static
 * imports, each file once, and any inline script). The budgets test and the bench both use it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  javascript: number;
}

export const gzipped = (content: string | Buffer): number => gzipSync(content).length;

/** Every HTML file under `folder`, as paths relative to it. */
export function htmlPages(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort();
}

/** A module and everything it statically imports, each once. */
function moduleGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const match of readFileSync(file, 'utf8').matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    moduleGraph(resolve(dirname(file), match[1] ?? ''), seen);
  }
  return seen;
}

/**
 * @param dist the built site
 * @param page a page's file, relative to `dist`
 * @param base the path the site is served under: asset links start with it
 */
export function pageWeight(dist: string, page: string, base = '/'): PageWeight {
  const html = readFileSync(join(dist, page), 'utf8');
  const local = (url: string): string => join(dist, url.startsWith(base) ? url.slice(base.length) : url);
  const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => local(match[1] ?? ''));
  const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
  const modules = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) {
    for (const file of moduleGraph(local(match[1] ?? ''))) modules.add(file);
  }
  const inlineScripts = [...html.matchAll(/<script(?![^>]*(?:src=|application\/(?:ld\+)?json))[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => match[1] ?? '',
  );
  const sum = (sizes: number[]): number => sizes.reduce((total, size) => total + size, 0);
  return {
    html: gzipped(html),
    css: sum([...sheets.map((sheet) => gzipped(readFileSync(sheet))), ...inlineStyles.map(gzipped)]),
    javascript: sum([...[...modules].map((file) => gzipped(readFileSync(file))), ...inlineScripts.map(gzipped)]),
  };
}
