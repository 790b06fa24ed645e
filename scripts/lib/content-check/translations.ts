/**
 * The rules for translations. Problems (which stop the build): a translation whose English entry
 * is gone, and one that leaves out or miscounts a text the English entry has, which would put
 * English words on a Chinese page. Notices (which do not): an entry with no translation yet (its
 * Chinese page shows the English text with a note) and a translation the English has moved on
 * from since it was written, told by the fingerprint of the English text it records.
 */
import { createHash } from 'node:crypto';
import { COLLECTIONS, EVENT_FILE } from '../../../src/schemas/collections.ts';
import { TRANSLATION_LOCALES } from '../../../src/schemas/translation.ts';
import type { Problem } from './problem.ts';
import type { ContentFile, ContentTree, EntryFile } from './read-content.ts';

type Data = Record<string, unknown>;

const dataOf = (file: ContentFile): Data => (file.source.data ?? {}) as Data;

/** Fields a translation gives flat that the English entry keeps nested. */
const NESTED_TEXT: Record<string, (english: Data) => unknown> = {
  statusReason: (english) => (english.status as { reason?: unknown } | undefined)?.reason,
};

/** The English entry's text, field by field, as its translation must carry it. */
function englishText(collection: EntryFile['collection'], english: Data): Data {
  const fields = Object.keys(COLLECTIONS[collection].textShape);
  return Object.fromEntries(fields.map((field) => [field, NESTED_TEXT[field]?.(english) ?? english[field]]));
}

/** The event's text: its words and its figures' labels. */
function eventText(event: Data): Data {
  const figures = Array.isArray(event.figures) ? (event.figures as Data[]) : [];
  return {
    name: event.name,
    alternativeName: event.alternativeName,
    theme: event.theme,
    summary: event.summary,
    figures: figures.map((figure) => ({ id: figure.id, label: figure.label })),
  };
}

/**
 * `en-` and twelve hex characters that change whenever the English text changes (and only then):
 * what a translation records as `translatedFrom`. The prefix keeps YAML from reading it as a number.
 * Line endings do not count: a file saved on Windows (CRLF) reads the same as before.
 */
export function fingerprint(text: Data, body: string): string {
  const hash = createHash('sha256')
    .update(JSON.stringify(Object.entries(text)))
    .update('\n')
    .update(body.replace(/\r\n?/g, '\n').trim())
    .digest('hex')
    .slice(0, 12);
  return `en-${hash}`;
}

/**
 * A field the English does not have at all. One it has but left empty is not counted: that is
 * the English file's own problem, reported there, not its translation's.
 */
const leftOut = (value: unknown): boolean => value === undefined || value === null || (Array.isArray(value) && value.length === 0);

const hasText = (value: unknown): boolean => (Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.trim() !== '');

/** A translated field the English has and the translation lacks, or with a different number of items. */
function compareFields(translation: ContentFile, english: ContentFile, text: Data, problems: Problem[]): void {
  const translated = dataOf(translation);
  for (const [field, value] of Object.entries(text)) {
    const line = translation.source.lineOf([field]);
    const theirs = translated[field];
    if (hasText(value) && !hasText(theirs)) {
      problems.push({
        file: translation.path,
        line,
        field,
        message: `is missing, but ${english.path} has it; expected its translation, or the page would show English there`,
      });
    } else if (leftOut(value) && hasText(theirs)) {
      problems.push({
        file: translation.path,
        line,
        field,
        message: `has no English counterpart in ${english.path}; expected it left out`,
      });
    } else if (Array.isArray(value) && Array.isArray(theirs) && value.length !== theirs.length) {
      problems.push({
        file: translation.path,
        line,
        field,
        message: `has ${String(theirs.length)} items but ${english.path} has ${String(value.length)}; expected one translation for each, in the same order`,
      });
    }
  }
}

/** `translatedFrom` absent or no longer the English text's fingerprint. */
function checkFingerprint(translation: ContentFile, english: ContentFile, current: string, notices: Problem[]): void {
  const recorded = dataOf(translation).translatedFrom;
  const line = translation.source.lineOf(['translatedFrom']);
  if (recorded === undefined) {
    notices.push({
      file: translation.path,
      line,
      field: 'translatedFrom',
      message: `is missing, so nobody can tell whether ${english.path} changed since; expected translatedFrom: ${current} (\`npm run translations:stamp -- ${translation.path}\` writes it)`,
    });
  } else if (recorded !== current) {
    notices.push({
      file: translation.path,
      line,
      field: 'translatedFrom',
      message: `is outdated: ${english.path} changed after this translation was written; expected the translation brought up to date, then translatedFrom: ${current} (\`npm run translations:stamp -- ${translation.path}\`)`,
    });
  }
}

export interface TranslationReport {
  /** Stop the build. */
  problems: Problem[];
  /** Reported, never blocking: missing and outdated translations. */
  notices: Problem[];
  /** The fingerprint each translation should record, by translation path. */
  fingerprints: Map<string, string>;
}

/** content/<locale>/event.yaml: the same rules, with figures matched by id. */
function checkEventTranslations(tree: ContentTree, report: TranslationReport): void {
  const { event } = tree;
  if (event?.source.syntaxErrors.length !== 0) return;
  const { figures, ...words } = eventText(dataOf(event));
  const current = fingerprint({ ...words, figures }, '');
  const ids = (figures as Data[]).map((figure) => String(figure.id));
  for (const translation of tree.eventTranslations) {
    if (translation.source.syntaxErrors.length > 0) continue;
    report.fingerprints.set(translation.path, current);
    compareFields(translation, event, words, report.problems);
    const theirs = dataOf(translation).figures;
    const theirIds = (Array.isArray(theirs) ? (theirs as Data[]) : []).map((figure) => String(figure.id));
    for (const id of ids.filter((known) => !theirIds.includes(known))) {
      report.problems.push({
        file: translation.path,
        line: translation.source.lineOf(['figures']),
        field: 'figures',
        message: `has no label for the figure "${id}" of ${event.path}; expected { id: ${id}, label: … }`,
      });
    }
    theirIds.forEach((id, index) => {
      if (ids.includes(id)) return;
      report.problems.push({
        file: translation.path,
        line: translation.source.lineOf(['figures', index, 'id']),
        field: `figures[${String(index)}].id`,
        message: `"${id}" is not a figure of ${event.path}; expected one of: ${ids.join(', ')}`,
      });
    });
    checkFingerprint(translation, event, current, report.notices);
  }
  const translatedInto = new Set<string>(tree.eventTranslations.map((file) => file.locale));
  for (const locale of TRANSLATION_LOCALES.filter((wanted) => !translatedInto.has(wanted))) {
    report.notices.push({
      file: event.path,
      line: 1,
      field: 'translation',
      message: `has no ${locale} translation yet, so the ${locale} pages show the event's English text; expected content/${locale}/${EVENT_FILE}`,
    });
  }
}

export function checkTranslations(tree: ContentTree): TranslationReport {
  const report: TranslationReport = { problems: [], notices: [], fingerprints: new Map() };
  const englishByKey = new Map(tree.entries.map((file) => [`${file.collection}/${file.id}`, file]));
  const translated = new Set(tree.translations.map((file) => `${file.locale}/${file.collection}/${file.id}`));

  for (const translation of tree.translations) {
    const english = englishByKey.get(`${translation.collection}/${translation.id}`);
    if (!english) {
      report.problems.push({
        file: translation.path,
        line: 1,
        field: 'file name',
        message: `translates "${translation.id}", which has no English entry in content/${COLLECTIONS[translation.collection].folder}/; expected the same file name as the entry it translates`,
      });
      continue;
    }
    if (english.source.syntaxErrors.length > 0 || translation.source.syntaxErrors.length > 0) continue;
    const text = englishText(english.collection, dataOf(english));
    const current = fingerprint(text, english.source.body);
    report.fingerprints.set(translation.path, current);
    compareFields(translation, english, text, report.problems);
    checkFingerprint(translation, english, current, report.notices);
  }

  for (const english of tree.entries) {
    if (dataOf(english).draft === true) continue;
    for (const locale of TRANSLATION_LOCALES) {
      if (translated.has(`${locale}/${english.collection}/${english.id}`)) continue;
      report.notices.push({
        file: english.path,
        line: 1,
        field: 'translation',
        message: `has no ${locale} translation yet, so its ${locale} page shows this English text with a note; expected content/${COLLECTIONS[english.collection].folder}/${locale}/${english.fileName}`,
      });
    }
  }

  checkEventTranslations(tree, report);
  return report;
}
