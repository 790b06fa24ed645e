/**
 * Wires each collection's files to its schema. The list of collections, their folders, schemas
 * and the names of their translation collections live in src/schemas/collections.ts, which the
 * content checker and the queries read too; each is written out here, not looped over, so that
 * Astro's generated types keep each collection's own schema.
 */
import { existsSync, readFileSync } from 'node:fs';
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { parse } from 'yaml';
import { activitySchema, activityTranslationText } from './schemas/activities.ts';
import { awardSchema, awardText } from './schemas/awards.ts';
import { COLLECTIONS, EVENT_FILE, EXTENSIONS, JOURNEYS_FILE, entryIdFromFileName } from './schemas/collections.ts';
import { eventSchema, eventTranslationSchema } from './schemas/event.ts';
import { guidanceSchema, guidanceText } from './schemas/guidance.ts';
import { journeysSchema } from './schemas/journeys.ts';
import { organiserSchema, organiserText } from './schemas/organisers.ts';
import { pageSchema, pageText } from './schemas/pages.ts';
import type { CollectionName } from './schemas/shared.ts';
import { TRANSLATION_LOCALES, translationSchema } from './schemas/translation.ts';
import { universitySchema, universityText } from './schemas/universities.ts';
import { venueSchema, venueText } from './schemas/venues.ts';

const CONTENT_DIR = './content';
// The translation collections hold the translation locale's files, in its folder in each collection.
const [TRANSLATION_LOCALE] = TRANSLATION_LOCALES;
if (!TRANSLATION_LOCALE) throw new Error('src/i18n has no locale besides the default one to translate into');
const TRANSLATED = `/${TRANSLATION_LOCALE}`;

function filesOf(collection: CollectionName, folder = '') {
  const { format } = COLLECTIONS[collection];
  const endings = EXTENSIONS[format].map((ending) => ending.slice(1)).join(',');
  return glob({
    base: `${CONTENT_DIR}/${COLLECTIONS[collection].folder}${folder}`,
    pattern: `*.{${endings}}`,
    generateId: ({ entry }) => entryIdFromFileName(collection, entry),
  });
}

export const collections = {
  activities: defineCollection({ loader: filesOf('activities'), schema: ({ image }) => activitySchema({ image, reference }) }),
  guidance: defineCollection({ loader: filesOf('guidance'), schema: ({ image }) => guidanceSchema({ image, reference }) }),
  awards: defineCollection({ loader: filesOf('awards'), schema: ({ image }) => awardSchema({ image, reference }) }),
  universities: defineCollection({ loader: filesOf('universities'), schema: ({ image }) => universitySchema({ image, reference }) }),
  venues: defineCollection({ loader: filesOf('venues'), schema: venueSchema() }),
  organisers: defineCollection({ loader: filesOf('organisers'), schema: organiserSchema() }),
  pages: defineCollection({ loader: filesOf('pages'), schema: pageSchema() }),

  [COLLECTIONS.activities.translations]: defineCollection({
    loader: filesOf('activities', TRANSLATED),
    schema: translationSchema(activityTranslationText),
  }),
  [COLLECTIONS.guidance.translations]: defineCollection({
    loader: filesOf('guidance', TRANSLATED),
    schema: translationSchema(guidanceText),
  }),
  [COLLECTIONS.awards.translations]: defineCollection({ loader: filesOf('awards', TRANSLATED), schema: translationSchema(awardText) }),
  [COLLECTIONS.universities.translations]: defineCollection({
    loader: filesOf('universities', TRANSLATED),
    schema: translationSchema(universityText),
  }),
  [COLLECTIONS.venues.translations]: defineCollection({ loader: filesOf('venues', TRANSLATED), schema: translationSchema(venueText) }),
  [COLLECTIONS.organisers.translations]: defineCollection({
    loader: filesOf('organisers', TRANSLATED),
    schema: translationSchema(organiserText),
  }),
  [COLLECTIONS.pages.translations]: defineCollection({ loader: filesOf('pages', TRANSLATED), schema: translationSchema(pageText) }),

  /** The one event file, as a collection of one entry with the id `event`. */
  event: defineCollection({
    loader: () => ({ event: parse(readFileSync(`${CONTENT_DIR}/${EVENT_FILE}`, 'utf8')) as Record<string, unknown> }),
    schema: eventSchema({ reference }),
  }),
  /** Translations of the event file, one entry per locale that has one, with the locale as id. */
  eventTranslations: defineCollection({
    loader: () =>
      Object.fromEntries(
        TRANSLATION_LOCALES.flatMap((locale) => {
          const file = `${CONTENT_DIR}/${locale}/${EVENT_FILE}`;
          return existsSync(file) ? [[locale, parse(readFileSync(file, 'utf8')) as Record<string, unknown>]] : [];
        }),
      ),
    schema: eventTranslationSchema,
  }),
  /** The journey table, as a collection of one entry with the id `journeys`. */
  journeys: defineCollection({
    loader: () => ({ journeys: parse(readFileSync(`${CONTENT_DIR}/${JOURNEYS_FILE}`, 'utf8')) as Record<string, unknown> }),
    schema: journeysSchema,
  }),
};
