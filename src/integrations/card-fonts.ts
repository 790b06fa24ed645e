/**
 * The fonts the social cards are drawn in, made once per build from npm packages and cut down
 * to the characters the cards use, so a new Chinese title renders without anyone committing a
 * font file. Noto Sans draws Latin text, Noto Sans SC (Simplified Chinese) the rest; both are
 * under the SIL Open Font License 1.1. Fontsource ships each as WOFF files per Unicode range:
 * only the ranges the text touches are read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';

/**
 * A font as satori takes it. Satori picks one font per family name and weight, and falls back
 * from one family to the next per character: each file is a family of its own, named in order.
 */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/** The packages, in the order satori should try them: Latin first, so Chinese pages keep the same Latin letters. */
const FAMILIES = [
  { folder: '@fontsource/noto-sans', file: 'noto-sans' },
  { folder: '@fontsource/noto-sans-sc', file: 'noto-sans-sc' },
];

type Ranges = [number, number][];

/** `U+0000-00FF,U+0131` → [[0, 255], [305, 305]]. */
function parseRanges(value: string): Ranges {
  return value.split(',').map((part) => {
    const [from = '0', to] = part.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(from, 16), Number.parseInt(to ?? from, 16)];
  });
}

/** The Unicode ranges of a Fontsource package, by the subset name its files carry (`latin`, `[21]`…). */
function subsetsOf(folder: string): { name: string; ranges: Ranges }[] {
  const table = JSON.parse(readFileSync(join(folder, 'unicode.json'), 'utf8')) as Record<string, string>;
  return Object.entries(table).map(([name, ranges]) => ({ name: name.replace(/^\[|\]$/g, ''), ranges: parseRanges(ranges) }));
}

/**
 * The cut-down fonts for `text` in each weight: one per Unicode range file that has a character
 * of it, in the order satori should try them. A character no file has is left out (and drawn
 * as nothing), which `missing` reports.
 */
export async function cardFonts(
  nodeModules: string,
  text: string,
  weights: (400 | 700)[],
): Promise<{ fonts: CardFont[]; family: string; missing: string[] }> {
  let left = [...new Set(text.replace(/\s/g, ''))];
  const wanted: { file: string; characters: string }[] = [];
  for (const family of FAMILIES) {
    const folder = join(nodeModules, family.folder);
    for (const subset of subsetsOf(folder)) {
      const inside = left.filter((character) => {
        const code = character.codePointAt(0) ?? 0;
        return subset.ranges.some(([from, to]) => code >= from && code <= to);
      });
      if (inside.length === 0) continue;
      left = left.filter((character) => !inside.includes(character));
      wanted.push({ file: join(folder, 'files', `${family.file}-${subset.name}-WEIGHT-normal.woff`), characters: inside.join('') });
    }
  }
  const fonts: CardFont[] = [];
  for (const weight of weights) {
    for (const [index, { file, characters }] of wanted.entries()) {
      // A space is always wanted: satori measures words by it.
      const data = await subsetFont(readFileSync(file.replace('WEIGHT', String(weight))), ` ${characters}`, { targetFormat: 'sfnt' });
      fonts.push({ name: `card-${String(index)}`, data, weight, style: 'normal' });
    }
  }
  return { fonts, family: wanted.map((_, index) => `card-${String(index)}`).join(', '), missing: left };
}
