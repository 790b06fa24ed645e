/** The search index step: it indexes a built site, and fails the build when it cannot. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, test } from 'vitest';
import { searchIndex } from '../../src/integrations/search-index.ts';

const folders: string[] = [];
const logged: string[] = [];
const logger = { info: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;

function runHook(dir: string): Promise<void> {
  const hook = searchIndex().hooks['astro:build:done'];
  if (!hook) throw new Error('no astro:build:done hook');
  return hook({ dir: pathToFileURL(`${dir}/`), logger } as Parameters<typeof hook>[0]) as Promise<void>;
}

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  folders.push(dir);
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), html);
  return dir;
}

/** The metadata of every page in a written index, read from its fragments (gzipped JSON after pagefind's signature). */
function indexedMeta(dir: string): Record<string, string>[] {
  const folder = join(dir, 'pagefind/fragment');
  return readdirSync(folder).map((name) => {
    const bytes = gunzipSync(readFileSync(join(folder, name)));
    return (JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8')) as { meta: Record<string, string> }).meta;
  });
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  logged.length = 0;
});

describe('searchIndex', () => {
  test('indexes only the pages marked for search and says how many', async () => {
    const dir = site({
      'one.html': '<html lang="en"><body><main data-pagefind-body><h1>Rare earth</h1></main></body></html>',
      'two.html': '<html lang="en"><body><main><h1>Not indexed</h1></main></body></html>',
    });
    await runHook(dir);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).map((language) => language.page_count)).toEqual([1]);
    expect(logged).toEqual(['Indexed 1 of 2 pages for search (only pages marked data-pagefind-body).']);
  }, 60_000);

  test('writes one index per language, from each page’s lang', async () => {
    const dir = site({
      'en.html': '<html lang="en-GB"><body><main data-pagefind-body><h1>Rare earth alliance</h1></main></body></html>',
      'zh.html': '<html lang="zh-CN"><body><main data-pagefind-body><h1>稀土产业科技创新合作联盟</h1></main></body></html>',
      'zh2.html': '<html lang="zh-CN"><body><main data-pagefind-body><h1>人才住房</h1></main></body></html>',
    });
    await runHook(dir);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]))).toEqual({
      'en-gb': 1,
      'zh-cn': 2,
    });
  }, 60_000);

  test('keeps commas and colons in metadata values, as result details show them', async () => {
    const dir = site({
      'one.html':
        '<html lang="en"><body><main data-pagefind-body><h1>Forum</h1>' +
        '<span data-pagefind-meta="when:Friday, 7 July 2023, 14:00–17:00"></span>' +
        '<span data-pagefind-meta="venue:Xiamen University, Xiang\'an Campus"></span></main></body></html>',
    });
    await runHook(dir);
    expect(indexedMeta(dir)).toEqual([
      expect.objectContaining({ when: 'Friday, 7 July 2023, 14:00–17:00', venue: "Xiamen University, Xiang'an Campus" }),
    ]);
  }, 60_000);

  test('fails when there is nothing to index, and writes no index', async () => {
    const dir = site({});
    await expect(runHook(dir)).rejects.toThrow('Search indexing failed');
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(false);
  }, 60_000);
});
