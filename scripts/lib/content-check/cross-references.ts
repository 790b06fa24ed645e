/**
 * Cross-references between entries in MDX bodies. A link to another entry is written as its
 * English path at the site's root, `[item 30](/guidance/lease-registration/)` (the page shows it
 * in its own language and under the base): one to an entry that does not exist, or is a draft,
 * would be a dead link, and is a problem. A reference written as plain text ("see item 30",
 * "见第30项服务指南") works, but the reader cannot follow it: it is a suggestion, with the link to write.
 */
import { ENTRY_SECTIONS, collectionOfSection } from '../../../src/lib/entry-routes.ts';
import { COLLECTIONS } from '../../../src/schemas/collections.ts';
import type { EventInfo } from '../../../src/schemas/event.ts';
import type { CollectionName } from '../../../src/schemas/shared.ts';
import type { Problem } from './problem.ts';
import type { EntryFile, TranslationFile } from './read-content.ts';

/** Pages of the site that are not entries: each collection's section, and the others. */
const SECTION_PAGES = new Set([...Object.values(ENTRY_SECTIONS), 'calendar', 'about', 'my-programme', 'search', 'changes']);

/** Other languages' folders, which a path may start with: the rest of it is checked the same. */
const LOCALE_PREFIX = /^\/zh-cn(?=\/)/;

/** `[text](/path)` in Markdown, and `href="/path"` in JSX. */
const LINK = /\[([^\]]*)\]\((\/[^)\s]*)\)|href=["'](\/[^"']*)["']/g;

/** Guidance items named by number, in English ("item 30") and in Chinese ("第30项"). */
const PLAIN_REFERENCE = /\bitems? (\d{1,3})\b|第\s?(\d{1,3})\s?项(?:服务指南)?/g;

function raw(file: EntryFile): Record<string, unknown> {
  const data = file.source.data;
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

interface Site {
  /** Published entries' slugs, by collection. */
  slugs: Map<CollectionName, Set<string>>;
  /** Published guidance items' slugs, by number. */
  guidanceByNumber: Map<number, string>;
  window: { opens: string; closes: string } | undefined;
}

/** The ids an entry names in a field: one id or a list of them. */
function named(file: EntryFile, field: string): string[] {
  const value = raw(file)[field];
  return (Array.isArray(value) ? value : [value]).filter((id): id is string => typeof id === 'string');
}

/**
 * Venues and organisers have pages only while something published names them: a venue, an
 * activity held there; an organiser, an activity it runs or a guidance item it provides.
 */
const PAGES_WHILE_NAMED: Partial<Record<CollectionName, readonly { by: CollectionName; field: string }[]>> = {
  venues: [{ by: 'activities', field: 'venue' }],
  organisers: [
    { by: 'activities', field: 'organisers' },
    { by: 'guidance', field: 'provider' },
  ],
};

function siteOf(entries: readonly EntryFile[], event: EventInfo | undefined): Site {
  const slugs = new Map<CollectionName, Set<string>>();
  const add = (collection: CollectionName, id: string) => slugs.set(collection, (slugs.get(collection) ?? new Set()).add(id));
  const guidanceByNumber = new Map<number, string>();
  const published = entries.filter((file) => raw(file).draft !== true);
  for (const file of published) {
    if (!(file.collection in PAGES_WHILE_NAMED)) add(file.collection, file.id);
    const number = raw(file).number;
    if (file.collection === 'guidance' && typeof number === 'number') guidanceByNumber.set(number, file.id);
  }
  for (const [collection, namers = []] of Object.entries(PAGES_WHILE_NAMED) as [
    CollectionName,
    { by: CollectionName; field: string }[],
  ][]) {
    for (const { by, field } of namers)
      for (const file of published) if (file.collection === by) for (const id of named(file, field)) add(collection, id);
  }
  return { slugs, guidanceByNumber, window: event?.window };
}

/** Why a root path in a body leads nowhere, or undefined when it leads to a page. */
function deadEnd(path: string, site: Site): string | undefined {
  const page = path.replace(/[?#].*$/, '').replace(LOCALE_PREFIX, '');
  // Files (calendar files, feeds) are not entries; the link check of the build covers them.
  if (/\.[a-z0-9]+$/i.test(page)) return undefined;
  const segments = page.split('/').filter(Boolean);
  const [first = '', slug, ...rest] = segments;
  if (segments.length === 0 || (segments.length === 1 && SECTION_PAGES.has(first))) return undefined;
  const collection = collectionOfSection(first);
  if (!collection || slug === undefined || rest.length > 0)
    return 'there is no such page; expected the path of an entry, like /guidance/lease-registration/';
  if (site.slugs.get(collection)?.has(slug)) return undefined;
  // A day of the programme has its page too.
  if (
    collection === 'activities' &&
    /^\d{4}-\d{2}-\d{2}$/.test(slug) &&
    site.window &&
    slug >= site.window.opens &&
    slug <= site.window.closes
  ) {
    return undefined;
  }
  if (collection in PAGES_WHILE_NAMED)
    return `"${slug}" is not a ${COLLECTIONS[collection].noun} with a page; expected the slug of one that a published entry names`;
  return `"${slug}" is not a published ${COLLECTIONS[collection].noun}; expected the slug of one that exists (without its number, not a draft)`;
}

/** Each line of a file's body with its line number in the file. */
function bodyLines(file: EntryFile): { text: string; line: number }[] {
  return file.source.body.split('\n').map((text, index) => ({ text, line: file.source.bodyLine + index }));
}

export function checkCrossReferences(
  files: readonly (EntryFile | TranslationFile)[],
  entries: readonly EntryFile[],
  event: EventInfo | undefined,
): { problems: Problem[]; suggestions: Problem[] } {
  const site = siteOf(entries, event);
  const problems: Problem[] = [];
  const suggestions: Problem[] = [];
  for (const file of files) {
    for (const { text, line } of bodyLines(file)) {
      for (const match of text.matchAll(LINK)) {
        const target = match[2] ?? match[3] ?? '';
        const why = deadEnd(target, site);
        if (why) problems.push({ file: file.path, line, field: 'body', message: `links to ${target}, where ${why}` });
      }
      // What is left once the links are taken out is plain text.
      const plain = text.replace(LINK, (link) => ' '.repeat(link.length));
      for (const match of plain.matchAll(PLAIN_REFERENCE)) {
        const number = Number(match[1] ?? match[2]);
        const slug = site.guidanceByNumber.get(number);
        suggestions.push({
          file: file.path,
          line,
          field: 'body',
          message: slug
            ? `"${match[0]}" is plain text; expected a link the reader can follow: [${match[0]}](/guidance/${slug}/)`
            : `"${match[0]}" names no guidance item; expected the number of one that exists, as a link like [item 1](/guidance/<slug>/)`,
        });
      }
    }
  }
  return { problems, suggestions };
}
