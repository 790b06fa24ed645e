import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CardCache, cardKey, drawingFingerprint, modulesImportedBy } from '../../src/integrations/card-cache.ts';
import type { CardText } from '../../src/lib/social-card.ts';

/** A small project: a drawing module importing a helper that imports another, and one package. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'card-cache-'));
  mkdirSync(join(root, 'src/lib'), { recursive: true });
  mkdirSync(join(root, 'node_modules/painter'), { recursive: true });
  writeFileSync(join(root, 'src/draw.ts'), "import painter from 'painter';\nimport { colour } from './lib/colour.ts';\n");
  writeFileSync(join(root, 'src/lib/colour.ts'), "import './shade.ts';\nexport const colour = 'red';\n");
  writeFileSync(join(root, 'src/lib/shade.ts'), 'export const shade = 1;\n');
  writeFileSync(join(root, 'src/unrelated.ts'), 'export const other = 2;\n');
  writeFileSync(join(root, 'node_modules/painter/package.json'), '{ "version": "1.0.0" }');
  return root;
}

const card: CardText = { locale: 'en', site: 'Site', title: 'A title', footer: '6 July – 5 August 2023' };

describe('the fingerprint of the drawing code', () => {
  test('covers the drawing module and every project module it imports, and nothing else', () => {
    const root = project();
    expect(modulesImportedBy([join(root, 'src/draw.ts')])).toEqual(
      ['src/draw.ts', 'src/lib/colour.ts', 'src/lib/shade.ts'].map((file) => join(root, file)),
    );
  });

  test('changes when an imported module or a package version changes, not when another file does', () => {
    const root = project();
    const fingerprint = (): string => drawingFingerprint([join(root, 'src/draw.ts')], join(root, 'node_modules'), ['painter']);
    const first = fingerprint();
    writeFileSync(join(root, 'src/unrelated.ts'), 'export const other = 3;\n');
    expect(fingerprint()).toBe(first);
    writeFileSync(join(root, 'src/lib/shade.ts'), 'export const shade = 2;\n');
    const second = fingerprint();
    expect(second).not.toBe(first);
    writeFileSync(join(root, 'node_modules/painter/package.json'), '{ "version": "1.0.1" }');
    expect(fingerprint()).not.toBe(second);
  });

  test('files a card under what it says', () => {
    expect(cardKey('a', card)).toBe(cardKey('a', { ...card }));
    expect(cardKey('a', card)).not.toBe(cardKey('a', { ...card, title: 'Another title' }));
    expect(cardKey('a', card)).not.toBe(cardKey('b', card));
  });
});

describe('the cache of cards', () => {
  test('gives back what an earlier build filed, and keeps only what the last build used', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'cards-')), 'social-cards');
    const earlier = new CardCache(folder);
    expect(earlier.get('kept')).toBeUndefined();
    earlier.put('kept', Buffer.from('kept card'));
    earlier.put('dropped', Buffer.from('old card'));
    expect(earlier.prune()).toBe(0);

    const later = new CardCache(folder);
    expect(later.get('kept')?.toString()).toBe('kept card');
    later.put('new', Buffer.from('new card'));
    expect(later.prune()).toBe(1);
    expect(readdirSync(folder).sort()).toEqual(['kept.png', 'new.png']);
  });
});
