/**
 * Rules that look across files: file names, unique slugs, redirects, the guidance numbering,
 * the expected counts, the event window (translations have their own rules, in translations.ts).
 */
import { COLLECTIONS, COLLECTION_NAMES } from '../../../src/schemas/collections.ts';
import type { EventInfo } from '../../../src/schemas/event.ts';
import { SLUG_PATTERN, instant } from '../../../src/schemas/shared.ts';
import { dayInZone } from '../../../src/lib/dates.ts';
import { coveredDays } from '../../../src/lib/multi-day.ts';
import { programmeSlugClash } from '../../../src/lib/programme-views.ts';
import type { Problem } from './problem.ts';
import type { ContentFile, ContentTree, EntryFile } from './read-content.ts';

/**
 * These rules read each file's raw data rather than its validated form, so a file with a
 * problem of its own still takes part and the editor sees every problem in one run.
 */
function raw(file: EntryFile): Record<string, unknown> {
  const data = file.source.data;
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

function isPublished(file: EntryFile): boolean {
  return raw(file).draft !== true;
}

function checkFileNames(files: readonly EntryFile[], problems: Problem[]): void {
  for (const file of files) {
    const numbered = COLLECTIONS[file.collection].numbered;
    const stem = file.fileName.replace(/\.[^.]+$/, '');
    if (numbered && !/^\d{2,}-/.test(stem)) {
      problems.push({
        file: file.path,
        line: 1,
        field: 'file name',
        message: `"${file.fileName}" does not start with the item number; expected a name like 07-${file.id}${file.fileName.slice(stem.length)}`,
      });
    }
    if (!SLUG_PATTERN.test(file.id)) {
      problems.push({
        file: file.path,
        line: 1,
        field: 'file name',
        message: `"${file.fileName}" is not a slug; expected lowercase letters and digits joined by hyphens, like opening-ceremony.mdx`,
      });
    }
  }
}

function checkUniqueIds(files: readonly EntryFile[], problems: Problem[]): void {
  const seen = new Map<string, EntryFile>();
  for (const file of files) {
    const key = `${file.collection}/${'locale' in file ? String(file.locale) : ''}/${file.id}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: file.path,
        line: 1,
        field: 'file name',
        message: `gives the slug "${file.id}", which ${first.path} already has; expected one file per slug`,
      });
    } else {
      seen.set(key, file);
    }
  }
}

function checkRedirects(files: readonly EntryFile[], problems: Problem[]): void {
  for (const collection of COLLECTION_NAMES) {
    const inCollection = files.filter((file) => file.collection === collection);
    const live = new Map(inCollection.map((file) => [file.id, file.path]));
    const claimed = new Map<string, string>();
    for (const file of inCollection) {
      const redirects = raw(file).redirectFrom;
      if (!Array.isArray(redirects)) continue;
      redirects.forEach((old: unknown, index) => {
        if (typeof old !== 'string') return;
        const line = file.source.lineOf(['redirectFrom', index]);
        const field = `redirectFrom[${String(index)}]`;
        const livePath = live.get(old);
        const claimedBy = claimed.get(old);
        if (livePath) {
          problems.push({
            file: file.path,
            line,
            field,
            message: `"${old}" is the slug of a live page (${livePath}); expected only old slugs that no entry uses now`,
          });
        } else if (claimedBy) {
          problems.push({
            file: file.path,
            line,
            field,
            message: `"${old}" is also redirected by ${claimedBy}; expected each old slug to lead to one entry`,
          });
        } else {
          claimed.set(old, file.path);
        }
      });
    }
  }
}

/** Activities share /programme/ with the day pages and the time grid: their slugs, old or new, must not take those addresses. */
function checkProgrammeSlugs(files: readonly EntryFile[], problems: Problem[]): void {
  for (const file of files.filter((entry) => entry.collection === 'activities')) {
    const clash = programmeSlugClash(file.id);
    if (clash) {
      problems.push({
        file: file.path,
        line: 1,
        field: 'file name',
        message: `gives the slug "${file.id}", whose address /programme/${file.id}/ is ${clash}; expected another slug`,
      });
    }
    const redirects = raw(file).redirectFrom;
    if (!Array.isArray(redirects)) continue;
    redirects.forEach((old: unknown, index) => {
      const oldClash = typeof old === 'string' ? programmeSlugClash(old) : undefined;
      if (!oldClash) return;
      problems.push({
        file: file.path,
        line: file.source.lineOf(['redirectFrom', index]),
        field: `redirectFrom[${String(index)}]`,
        message: `"${String(old)}" is the address of ${oldClash} (/programme/${String(old)}/); expected an old slug of this activity`,
      });
    });
  }
}

function published(files: readonly EntryFile[], collection: string): EntryFile[] {
  return files.filter((file) => file.collection === collection && isPublished(file));
}

function checkCounts(event: EventInfo, eventFile: ContentFile, files: readonly EntryFile[], problems: Problem[]): void {
  for (const collection of ['activities', 'guidance'] as const) {
    const count = published(files, collection).length;
    const expected = event.expected[collection];
    if (count !== expected) {
      problems.push({
        file: eventFile.path,
        line: eventFile.source.lineOf(['expected', collection]),
        field: `expected.${collection}`,
        message: `is ${String(expected)} but content/${COLLECTIONS[collection].folder}/ has ${String(count)} published; expected the same number (cancel with status, never by deleting the file)`,
      });
    }
  }
}

function checkGuidanceNumbers(event: EventInfo, eventFile: ContentFile, files: readonly EntryFile[], problems: Problem[]): void {
  const byNumber = new Map<number, EntryFile>();
  for (const file of published(files, 'guidance')) {
    const number = raw(file).number;
    if (typeof number !== 'number' || !Number.isInteger(number)) continue; // reported by the schema
    const line = file.source.lineOf(['number']);
    const prefix = /^(\d+)-/.exec(file.fileName)?.[1];
    if (prefix !== undefined && Number(prefix) !== number) {
      problems.push({
        file: file.path,
        line,
        field: 'number',
        message: `is ${String(number)} but the file name starts with ${prefix}; expected the two to agree`,
      });
    }
    if (number > event.expected.guidance) {
      problems.push({
        file: file.path,
        line,
        field: 'number',
        message: `is ${String(number)}, past the end of the list; expected 1 to ${String(event.expected.guidance)}`,
      });
    }
    const first = byNumber.get(number);
    if (first) {
      problems.push({
        file: file.path,
        line,
        field: 'number',
        message: `is ${String(number)}, which ${first.path} already has; expected each number once`,
      });
    } else {
      byNumber.set(number, file);
    }
  }
  const missing: number[] = [];
  for (let number = 1; number <= event.expected.guidance; number += 1) {
    if (!byNumber.has(number)) missing.push(number);
  }
  if (missing.length > 0 && byNumber.size > 0) {
    problems.push({
      file: eventFile.path,
      line: eventFile.source.lineOf(['expected', 'guidance']),
      field: 'expected.guidance',
      message: `leaves a gap: no guidance item has number ${missing.join(', ')}; expected items numbered 1 to ${String(event.expected.guidance)} with none missing`,
    });
  }
}

function checkWindow(event: EventInfo, files: readonly EntryFile[], problems: Problem[]): void {
  const { opens, closes } = event.window;
  for (const file of published(files, 'activities')) {
    const start = instant.safeParse(raw(file).start);
    for (const field of ['start', 'end'] as const) {
      const parsed = instant.safeParse(raw(file)[field]);
      if (!parsed.success) continue; // reported by the schema
      // An end is held to the last day the activity covers: one at 00:00 closes the day before.
      const day =
        field === 'end' && start.success
          ? (coveredDays({ start: start.data, end: parsed.data }, event.timeZone).at(-1) ?? dayInZone(parsed.data, event.timeZone))
          : dayInZone(parsed.data, event.timeZone);
      if (day < opens || day > closes) {
        problems.push({
          file: file.path,
          line: file.source.lineOf([field]),
          field,
          message: `falls on ${day} (${event.timeZone}), outside the event; expected a day from ${opens} to ${closes}`,
        });
      }
    }
  }
}

export function crossCheck(tree: ContentTree, event: EventInfo | undefined): Problem[] {
  const problems: Problem[] = [];
  checkFileNames([...tree.entries, ...tree.translations], problems);
  checkUniqueIds([...tree.entries, ...tree.translations], problems);
  checkRedirects(tree.entries, problems);
  checkProgrammeSlugs(tree.entries, problems);
  if (event && tree.event) {
    checkCounts(event, tree.event, tree.entries, problems);
    checkGuidanceNumbers(event, tree.event, tree.entries, problems);
    checkWindow(event, tree.entries, problems);
  }
  return problems;
}
