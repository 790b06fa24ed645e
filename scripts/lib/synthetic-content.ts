/**
 * A bigger programme for the bench: the real content/ copied `factor` times over, every copy a
 * valid entry of its own (its own slug, guidance number and translation), so the checker, the
 * build and the search index do the same work they would for a festival that size. Written to a
 * temporary folder, never into the project.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const COPIED = ['activities', 'guidance'] as const;

/** A copy's slug: the original's for the first, `-copy-2`, `-copy-3`… after. */
const slugOf = (slug: string, copy: number): string => (copy === 1 ? slug : `${slug}-copy-${String(copy)}`);

/** Old slugs would repeat in every copy; only the originals keep theirs. */
const withoutRedirects = (text: string): string => text.replace(/^redirectFrom:.*(?:\n(?: {2}- .*))*\n?/m, '');

function copyEntries(source: string, target: string, folder: (typeof COPIED)[number], factor: number): number {
  const names = readdirSync(join(source, folder))
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  mkdirSync(join(target, folder, 'zh-cn'), { recursive: true });
  let number = 0;
  for (let copy = 1; copy <= factor; copy += 1) {
    for (const name of names) {
      const slug = name.replace(/\.mdx$/, '').replace(/^\d+-/, '');
      let fileName = `${slugOf(slug, copy)}.mdx`;
      let english = readFileSync(join(source, folder, name), 'utf8');
      if (folder === 'guidance') {
        number += 1;
        fileName = `${String(number).padStart(String(names.length * factor).length, '0')}-${fileName}`;
        english = english.replace(/^number: \d+$/m, `number: ${String(number)}`);
      }
      if (copy > 1) english = withoutRedirects(english);
      writeFileSync(join(target, folder, fileName), english);
      const translation = join(source, folder, 'zh-cn', name);
      try {
        writeFileSync(join(target, folder, 'zh-cn', fileName), readFileSync(translation, 'utf8'));
      } catch {
        // An entry without a translation stays without one.
      }
    }
  }
  return names.length * factor;
}

/** Writes `factor` times the content of `source` into `target`; returns the entry counts. */
export function multiplyContent(source: string, target: string, factor: number): { activities: number; guidance: number } {
  cpSync(source, target, { recursive: true, filter: (path) => !COPIED.some((folder) => path.startsWith(join(source, folder))) });
  const activities = copyEntries(source, target, 'activities', factor);
  const guidance = copyEntries(source, target, 'guidance', factor);
  const event = readFileSync(join(target, 'event.yaml'), 'utf8')
    .replace(/^ {2}activities: \d+$/m, `  activities: ${String(activities)}`)
    .replace(/^ {2}guidance: \d+$/m, `  guidance: ${String(guidance)}`);
  writeFileSync(join(target, 'event.yaml'), event);
  return { activities, guidance };
}
