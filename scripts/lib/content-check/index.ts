/**
 * The content checker: reads every file under content/, validates each against its schema
 * and the whole against the cross-file rules, and returns every problem at once.
 * `npm run check` prints them; the build runs the same check first and stops on any.
 * Missing and outdated translations are notices, and cross-references written as plain text
 * suggestions: reported, never blocking.
 */
import { crossCheck } from './cross-checks.ts';
import { checkCrossReferences } from './cross-references.ts';
import { checkBodies } from './mdx-bodies.ts';
import { sortProblems, type Problem } from './problem.ts';
import { readContent } from './read-content.ts';
import { checkTranslations } from './translations.ts';
import { validateEntries } from './validate-entries.ts';

export { formatProblem, formatReport, type Problem } from './problem.ts';

export interface ContentReport {
  /** What stops the build. */
  problems: Problem[];
  /** Translations still to write or bring up to date. */
  notices: Problem[];
  /** References to other entries written as plain text ("see item 30") rather than as links. */
  suggestions: Problem[];
  /** The `translatedFrom` each translation should record, by its path. */
  fingerprints: Map<string, string>;
}

/**
 * @param contentDir absolute path of the content folder
 * @param root absolute path that file names in messages are relative to (the project root)
 */
export function inspectContent(contentDir: string, root: string): ContentReport {
  const tree = readContent(contentDir, root);
  const { event, problems } = validateEntries(tree);
  const translations = checkTranslations(tree);
  const references = checkCrossReferences([...tree.entries, ...tree.translations], tree.entries, event);
  return {
    problems: sortProblems([
      ...tree.problems,
      ...problems,
      ...checkBodies([...tree.entries, ...tree.translations]),
      ...crossCheck(tree, event),
      ...translations.problems,
      ...references.problems,
    ]),
    notices: sortProblems(translations.notices),
    suggestions: sortProblems(references.suggestions),
    fingerprints: translations.fingerprints,
  };
}

/** Only the problems: what the build and most tests need. */
export function checkContent(contentDir: string, root: string): Problem[] {
  return inspectContent(contentDir, root).problems;
}
