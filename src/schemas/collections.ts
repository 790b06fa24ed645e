/**
 * The one list of collections: where each lives under content/, how its files are read,
 * its schema and its text fields. Astro's content config and the content checker both
 * read from here, so they cannot drift apart.
 */
import type { z } from 'astro/zod';
import { activitySchema, activityTranslationText } from './activities.ts';
import { awardSchema, awardText } from './awards.ts';
import { guidanceSchema, guidanceText } from './guidance.ts';
import { organiserSchema, organiserText } from './organisers.ts';
import { pageSchema, pageText } from './pages.ts';
import type { CollectionName, SchemaContext } from './shared.ts';
import { universitySchema, universityText } from './universities.ts';
import { venueSchema, venueText } from './venues.ts';

export interface CollectionSpec {
  /** Folder under content/. */
  folder: string;
  /** MDX entries have a body; YAML entries are data only. */
  format: 'mdx' | 'yaml';
  /** File names start with the entry's number (`07-housing.mdx`), which is not part of its id. */
  numbered: boolean;
  schema: (context: SchemaContext) => z.ZodType;
  /** Fields a translation holds. */
  textShape: z.ZodRawShape;
  /** What one entry is called in messages and on pages. */
  noun: string;
  /** The Astro collection of its translations (the files in the translation locale's folder). */
  translations: string;
}

export const COLLECTIONS = {
  activities: {
    folder: 'activities',
    format: 'mdx',
    numbered: false,
    schema: activitySchema,
    textShape: activityTranslationText,
    noun: 'activity',
    translations: 'activityTranslations',
  },
  guidance: {
    folder: 'guidance',
    format: 'mdx',
    numbered: true,
    schema: guidanceSchema,
    textShape: guidanceText,
    noun: 'guidance item',
    translations: 'guidanceTranslations',
  },
  awards: {
    folder: 'awards',
    format: 'mdx',
    numbered: false,
    schema: awardSchema,
    textShape: awardText,
    noun: 'award',
    translations: 'awardTranslations',
  },
  universities: {
    folder: 'universities',
    format: 'mdx',
    numbered: false,
    schema: universitySchema,
    textShape: universityText,
    noun: 'university',
    translations: 'universityTranslations',
  },
  venues: {
    folder: 'venues',
    format: 'yaml',
    numbered: false,
    schema: venueSchema,
    textShape: venueText,
    noun: 'venue',
    translations: 'venueTranslations',
  },
  organisers: {
    folder: 'organisers',
    format: 'yaml',
    numbered: false,
    schema: organiserSchema,
    textShape: organiserText,
    noun: 'organiser',
    translations: 'organiserTranslations',
  },
  pages: {
    folder: 'pages',
    format: 'mdx',
    numbered: false,
    schema: pageSchema,
    textShape: pageText,
    noun: 'page',
    translations: 'pageTranslations',
  },
} as const satisfies Record<CollectionName, CollectionSpec>;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The name of a collection's translations collection, as Astro knows it. */
export type TranslationCollectionOf<C extends CollectionName> = (typeof COLLECTIONS)[C]['translations'];

/** File endings each format is read from. */
export const EXTENSIONS: Record<CollectionSpec['format'], readonly string[]> = {
  mdx: ['.mdx', '.md'],
  yaml: ['.yaml', '.yml'],
};

/** The event's facts live in this one file under content/. */
export const EVENT_FILE = 'event.yaml';

/** Typical journey times between the areas venues are in: one file under content/, not translated. */
export const JOURNEYS_FILE = 'journeys.yaml';

/**
 * The id (and URL slug) of an entry from its file name: the name without its ending and,
 * in a numbered collection, without the leading number.
 * @example entryIdFromFileName('guidance', '07-housing-subsidy.mdx') // 'housing-subsidy'
 */
export function entryIdFromFileName(collection: CollectionName, fileName: string): string {
  const stem = fileName.replace(/\.[^.]+$/, '');
  return COLLECTIONS[collection].numbered ? stem.replace(/^\d+-/, '') : stem;
}
