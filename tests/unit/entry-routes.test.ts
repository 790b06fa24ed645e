import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ENTRY_SECTIONS, PUBLISHED_COLLECTIONS, collectionFile, collectionOfSection, collectionPath } from '../../src/lib/entry-routes.ts';

const PAGES = resolve(import.meta.dirname, '../../src/pages/[...lang]');

describe('where entries are published', () => {
  test('each collection with pages has its section’s folder of routes, with a page per entry', () => {
    for (const collection of PUBLISHED_COLLECTIONS) {
      const folder = resolve(PAGES, ENTRY_SECTIONS[collection]);
      expect(existsSync(resolve(folder, 'index.astro')), `${folder}/index.astro`).toBe(true);
      expect(existsSync(resolve(folder, '[slug].astro')), `${folder}/[slug].astro`).toBe(true);
    }
  });

  test('gives the paths of sections, entries and files in each language', () => {
    expect(collectionPath('en', 'activities')).toBe('/programme/');
    expect(collectionPath('zh-cn', 'activities', 'opening-ceremony')).toBe('/zh-cn/programme/opening-ceremony/');
    expect(collectionPath('en', 'guidance', 'lease-registration')).toBe('/guidance/lease-registration/');
    expect(collectionFile('zh-cn', 'activities', 'opening-ceremony.ics')).toBe('/zh-cn/programme/opening-ceremony.ics');
  });

  test('finds the collection from the first segment of a path', () => {
    expect(collectionOfSection('programme')).toBe('activities');
    expect(collectionOfSection('universities')).toBe('universities');
    expect(collectionOfSection('calendar')).toBeUndefined();
  });
});
