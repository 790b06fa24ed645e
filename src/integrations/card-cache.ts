/**
 * Social cards drawn by earlier builds, kept in Astro's cache folder (`node_modules/.astro/`
 * unless the config moves it), as Astro keeps its own optimised images. A card is filed under a
 * key made of what it says and of everything that draws it: the source of the drawing modules
 * and of every module of the project they import, read from disk, and the versions of the
 * packages they draw with. Change a colour, a font package or a title and the key changes with
 * it; nothing has to be remembered by hand. Entries this build did not use are removed after
 * it, so the folder holds one site's cards and no more.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { CardText } from '../lib/social-card.ts';

/** Relative imports in a module's source: `from './x.ts'`, `import '../y.ts'`. */
const RELATIVE_IMPORT = /(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every module of the project that `entries` import, themselves included, each once, in a stable order. */
export function modulesImportedBy(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) visit(resolve(dirname(file), specifier));
  };
  for (const entry of entries) visit(resolve(entry));
  return [...seen].sort();
}

/**
 * What draws a card, as one hash: the source of the drawing modules and what they import, and the
 * version of each package named in `packages` (read from its package.json in `nodeModules`).
 */
export function drawingFingerprint(entries: string[], nodeModules: string, packages: string[]): string {
  const hash = createHash('sha256');
  for (const file of modulesImportedBy(entries)) hash.update(`${file}\n`).update(readFileSync(file)).update('\n');
  for (const name of packages) {
    const { version } = JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8')) as { version: string };
    hash.update(`${name}@${version}\n`);
  }
  return hash.digest('hex');
}

/** The name a card is filed under. */
export const cardKey = (fingerprint: string, card: CardText): string =>
  createHash('sha256').update(fingerprint).update(JSON.stringify(card)).digest('hex').slice(0, 32);

/** The folder of cards: look one up, file a new one, and clear out what a build did not ask for. */
export class CardCache {
  private readonly used = new Set<string>();

  constructor(private readonly folder: string) {}

  private file(key: string): string {
    return join(this.folder, `${key}.png`);
  }

  /** The card filed under `key`, if an earlier build drew it. */
  get(key: string): Buffer | undefined {
    this.used.add(key);
    const file = this.file(key);
    return existsSync(file) ? readFileSync(file) : undefined;
  }

  put(key: string, png: Buffer): void {
    this.used.add(key);
    mkdirSync(this.folder, { recursive: true });
    writeFileSync(this.file(key), png);
  }

  /** Removes every card this build neither found nor filed; says how many went. */
  prune(): number {
    if (!existsSync(this.folder)) return 0;
    const stale = readdirSync(this.folder).filter((name) => !this.used.has(name.replace(/\.png$/, '')));
    for (const name of stale) rmSync(join(this.folder, name), { force: true });
    return stale.length;
  }
}
