/**
 * Finds every file under content/ and says what it is: an entry of a collection, a translation,
 * the event file, or something no collection reads (which is a problem: nothing is dropped silently).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  EVENT_FILE,
  EXTENSIONS,
  JOURNEYS_FILE,
  entryIdFromFileName,
} from '../../../src/schemas/collections.ts';
import type { CollectionName } from '../../../src/schemas/shared.ts';
import { TRANSLATION_LOCALES, type TranslationLocale } from '../../../src/schemas/translation.ts';
import type { Problem } from './problem.ts';
import { parseSource, type ParsedSource } from './source-file.ts';

export interface ContentFile {
  /** Path from the project root with forward slashes, for messages. */
  path: string;
  absolutePath: string;
  fileName: string;
  source: ParsedSource;
}

export interface EntryFile extends ContentFile {
  collection: CollectionName;
  id: string;
}

export interface TranslationFile extends EntryFile {
  locale: TranslationLocale;
}

export interface ContentTree {
  event: ContentFile | undefined;
  /** content/journeys.yaml: the journey times between areas. */
  journeys: ContentFile | undefined;
  /** content/<locale>/event.yaml: the event's translations. */
  eventTranslations: (ContentFile & { locale: TranslationLocale })[];
  entries: EntryFile[];
  translations: TranslationFile[];
  /** Files no collection reads, and a missing event or journeys file. */
  problems: Problem[];
}

const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg']);
const GUIDES = new Set(['README.md']);

function isTranslationLocale(name: string): name is TranslationLocale {
  return (TRANSLATION_LOCALES as readonly string[]).includes(name);
}

function listFolder(folder: string): { name: string; isFolder: boolean }[] {
  return readdirSync(folder)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => ({ name, isFolder: statSync(join(folder, name)).isDirectory() }));
}

/**
 * Each file parsed once per process while it stays the same: the build reads the content twice
 * before Astro starts (the redirects for the sitemap's filter, then the check), and `astro dev`
 * again after every change, when only the changed files need parsing again.
 */
const parsed = new Map<string, { modified: number; size: number; source: ParsedSource }>();

function parseFile(absolutePath: string, format: 'mdx' | 'yaml'): ParsedSource {
  const { mtimeMs: modified, size } = statSync(absolutePath);
  const known = parsed.get(absolutePath);
  if (known?.modified === modified && known.size === size) return known.source;
  const source = parseSource(readFileSync(absolutePath, 'utf8'), format);
  parsed.set(absolutePath, { modified, size, source });
  return source;
}

/** Reads the content folder at `contentDir`; messages name files relative to `root`. */
export function readContent(contentDir: string, root: string): ContentTree {
  const display = (absolutePath: string): string => relative(root, absolutePath).split(sep).join('/');
  const read = (absolutePath: string, format: 'mdx' | 'yaml'): ContentFile => ({
    path: display(absolutePath),
    absolutePath,
    fileName: absolutePath.split(sep).pop() ?? '',
    source: parseFile(absolutePath, format),
  });
  const tree: ContentTree = { event: undefined, journeys: undefined, eventTranslations: [], entries: [], translations: [], problems: [] };
  const stray = (absolutePath: string, expected: string): void => {
    tree.problems.push({ file: display(absolutePath), line: 1, field: 'file', message: `is not read by the site; expected ${expected}` });
  };

  // content/zh-cn/ holds the event file's translation and nothing else.
  const readEventTranslations = (folder: string, locale: TranslationLocale): void => {
    for (const { name, isFolder } of listFolder(folder)) {
      const absolutePath = join(folder, name);
      if (name === EVENT_FILE && !isFolder) tree.eventTranslations.push({ ...read(absolutePath, 'yaml'), locale });
      else stray(absolutePath, `only the translation of ${EVENT_FILE} in content/${locale}/`);
    }
  };

  const folders = new Set<string>(COLLECTION_NAMES.map((name) => COLLECTIONS[name].folder));
  for (const { name, isFolder } of listFolder(contentDir)) {
    const absolutePath = join(contentDir, name);
    if (name === EVENT_FILE && !isFolder) tree.event = read(absolutePath, 'yaml');
    else if (name === JOURNEYS_FILE && !isFolder) tree.journeys = read(absolutePath, 'yaml');
    else if (isFolder && folders.has(name)) continue;
    else if (isFolder && isTranslationLocale(name)) readEventTranslations(absolutePath, name);
    else if (!GUIDES.has(name)) {
      stray(
        absolutePath,
        `only ${EVENT_FILE}, ${JOURNEYS_FILE}, README.md, the folders ${[...folders].join(', ')} and translation folders (${TRANSLATION_LOCALES.join(', ')}) in content/`,
      );
    }
  }
  if (!tree.event) {
    tree.problems.push({
      file: display(join(contentDir, EVENT_FILE)),
      line: 1,
      field: 'file',
      message: `is missing; expected the event's facts in content/${EVENT_FILE}`,
    });
  }
  if (!tree.journeys) {
    tree.problems.push({
      file: display(join(contentDir, JOURNEYS_FILE)),
      line: 1,
      field: 'file',
      message: `is missing; expected the journey times between areas in content/${JOURNEYS_FILE} (see content/README.md)`,
    });
  }

  for (const collection of COLLECTION_NAMES) {
    const { folder, format } = COLLECTIONS[collection];
    const folderPath = join(contentDir, folder);
    let items: { name: string; isFolder: boolean }[];
    try {
      items = listFolder(folderPath);
    } catch {
      continue; // An empty collection is allowed; its expected count, if any, is checked elsewhere.
    }
    const extensions = EXTENSIONS[format];
    const expected = `${extensions.join(' or ')} entries${format === 'mdx' ? ', their images' : ''}, or a translation folder (${TRANSLATION_LOCALES.join(', ')})`;
    for (const { name, isFolder } of items) {
      const absolutePath = join(folderPath, name);
      if (isFolder && isTranslationLocale(name)) {
        for (const translated of listFolder(absolutePath)) {
          const translatedPath = join(absolutePath, translated.name);
          if (!translated.isFolder && extensions.includes(extname(translated.name))) {
            tree.translations.push({
              ...read(translatedPath, format),
              collection,
              id: entryIdFromFileName(collection, translated.name),
              locale: name,
            });
          } else if (translated.isFolder || !IMAGE_EXTENSIONS.has(extname(translated.name))) {
            stray(translatedPath, `${extensions.join(' or ')} translations named like the English entry`);
          }
        }
      } else if (!isFolder && extensions.includes(extname(name))) {
        tree.entries.push({ ...read(absolutePath, format), collection, id: entryIdFromFileName(collection, name) });
      } else if (isFolder || format === 'yaml' || !IMAGE_EXTENSIONS.has(extname(name))) {
        stray(absolutePath, expected);
      }
    }
  }
  return tree;
}
