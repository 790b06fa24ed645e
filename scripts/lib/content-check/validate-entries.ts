/**
 * Validates every file against its schema, with stand-ins for Astro's `reference()` and
 * `image()` that check what Astro 7 only logs or leaves to later: that a referenced entry
 * exists and is published, and that an image file is there.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'astro/zod';
import { COLLECTIONS } from '../../../src/schemas/collections.ts';
import { eventSchema, eventTranslationSchema, type EventInfo } from '../../../src/schemas/event.ts';
import { journeysSchema } from '../../../src/schemas/journeys.ts';
import type { CollectionName, SchemaContext } from '../../../src/schemas/shared.ts';
import { translationSchema } from '../../../src/schemas/translation.ts';
import { fieldName, flattenIssues, friendlyMessage } from './friendly-issues.ts';
import type { Problem } from './problem.ts';

/** "an activity", "a venue": for messages. */
function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}
import type { ContentFile, ContentTree } from './read-content.ts';

/** Every entry id of every collection, and whether it is a draft. */
export type IdIndex = Map<CollectionName, Map<string, { draft: boolean; path: string }>>;

export interface ValidatedContent {
  event: EventInfo | undefined;
  problems: Problem[];
}

export function indexIds(tree: ContentTree): IdIndex {
  const index: IdIndex = new Map();
  for (const file of tree.entries) {
    const ids = index.get(file.collection) ?? new Map<string, { draft: boolean; path: string }>();
    const data = file.source.data as { draft?: unknown } | undefined;
    if (!ids.has(file.id)) ids.set(file.id, { draft: data?.draft === true, path: file.path });
    index.set(file.collection, ids);
  }
  return index;
}

function standInContext(file: ContentFile, ids: IdIndex, fromDraft: boolean): SchemaContext {
  return {
    reference: (collection) =>
      z
        .string({
          error: (issue) =>
            issue.input === undefined
              ? 'is missing; expected an id'
              : `is ${typeof issue.input}; expected an id (a file name without its ending)`,
        })
        .check((ctx) => {
          const target = ids.get(collection)?.get(ctx.value);
          const folder = `content/${COLLECTIONS[collection].folder}/`;
          if (!target) {
            ctx.issues.push({
              code: 'custom',
              input: ctx.value,
              message: `"${ctx.value}" is not ${withArticle(COLLECTIONS[collection].noun)}; expected the id of a file in ${folder}`,
            });
          } else if (target.draft && !fromDraft) {
            ctx.issues.push({
              code: 'custom',
              input: ctx.value,
              message: `"${ctx.value}" is a draft (${target.path}); expected a published ${COLLECTIONS[collection].noun}, or mark this entry as a draft too`,
            });
          }
        })
        .transform((id) => ({ collection, id })),
    // The checker reads only the issues, never the parsed image, so a path check stands in for
    // Astro's image() (which also measures the file); hence the cast to Astro's type.
    image: (() =>
      z.string({ error: 'is not a path; expected a path to an image file next to the entry, like ./photo.jpg' }).check((ctx) => {
        if (!existsSync(resolve(dirname(file.absolutePath), ctx.value))) {
          ctx.issues.push({
            code: 'custom',
            input: ctx.value,
            message: `"${ctx.value}" does not exist; expected a path to an image file next to the entry, like ./photo.jpg`,
          });
        }
      })) as unknown as SchemaContext['image'],
  };
}

function parseFile<T>(file: ContentFile, schema: z.ZodType<T>, problems: Problem[]): T | undefined {
  const { source } = file;
  for (const error of source.syntaxErrors) {
    problems.push({ file: file.path, line: error.line, field: 'frontmatter', message: error.message });
  }
  if (source.syntaxErrors.length > 0) return undefined;
  const data = source.data ?? {};
  const result = schema.safeParse(data, { error: friendlyMessage });
  if (result.success) return result.data;
  for (const { path, message } of flattenIssues(result.error.issues)) {
    problems.push({ file: file.path, line: source.lineOf(path), field: fieldName(path) || '(whole entry)', message });
  }
  return undefined;
}

function checkBody(file: ContentFile, problems: Problem[]): void {
  if (file.source.syntaxErrors.length === 0 && file.source.body.trim() === '') {
    problems.push({
      file: file.path,
      line: file.source.bodyLine,
      field: 'body',
      message: 'is empty; expected the text of the page below the closing ---',
    });
  }
}

export function validateEntries(tree: ContentTree): ValidatedContent {
  const problems: Problem[] = [];
  const ids = indexIds(tree);
  const event = tree.event ? parseFile(tree.event, eventSchema(standInContext(tree.event, ids, false)), problems) : undefined;
  if (tree.journeys) parseFile(tree.journeys, journeysSchema, problems);
  for (const file of tree.entries) {
    const spec = COLLECTIONS[file.collection];
    const fromDraft = (file.source.data as { draft?: unknown } | undefined)?.draft === true;
    parseFile(file, spec.schema(standInContext(file, ids, fromDraft)) as z.ZodType<Record<string, unknown>>, problems);
    if (spec.format === 'mdx') checkBody(file, problems);
  }
  for (const file of tree.eventTranslations) parseFile(file, eventTranslationSchema, problems);
  for (const file of tree.translations) {
    const spec = COLLECTIONS[file.collection];
    parseFile(file, translationSchema(spec.textShape), problems);
    if (spec.format === 'mdx') checkBody(file, problems);
  }
  return { event, problems };
}
