/**
 * Size budgets on the built site (sizes, never timings): the JavaScript a page loads before any
 * interaction stays under 10 KB gzipped. Read from dist/, following each script's static imports.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const DIST = resolve(import.meta.dirname, '../../dist');
const JS_BUDGET = 10 * 1024;

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Every JavaScript file a module pulls in at load: itself and its static imports, each once. */
function moduleGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    moduleGraph(resolve(dirname(file), match[1] ?? ''), seen);
  }
  return seen;
}

const gzipped = (text: string | Buffer): number => gzipSync(text).length;

test('no page loads more than 10 KB of JavaScript (gzipped) before interaction', () => {
  const pages = htmlFiles(DIST);
  expect(pages.length).toBeGreaterThan(100);
  const over: string[] = [];
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    const files = new Set<string>();
    for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) {
      for (const file of moduleGraph(join(DIST, match[1] ?? ''))) files.add(file);
    }
    const inline = [...html.matchAll(/<script(?![^>]*(?:src=|application\/(?:ld\+)?json))[^>]*>([\s\S]*?)<\/script>/g)].map(
      (match) => match[1] ?? '',
    );
    const total =
      [...files].reduce((sum, file) => sum + gzipped(readFileSync(file)), 0) + inline.reduce((sum, code) => sum + gzipped(code), 0);
    if (total > JS_BUDGET) over.push(`${relative(DIST, page)}: ${String(total)} bytes`);
  }
  expect(over).toEqual([]);
});
