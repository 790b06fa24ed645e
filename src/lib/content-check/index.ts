/**
 * The content checker: reads every file under content/, validates each against its schema
 * and the whole against the cross-file rules, and returns every problem at once.
 * `npm run check` prints them; the build runs the same check first and stops on any.
 */
import { crossCheck } from './cross-checks.ts';
import { sortProblems, type Problem } from './problem.ts';
import { readContent } from './read-content.ts';
import { validateEntries } from './validate-entries.ts';

export { formatProblem, formatReport, type Problem } from './problem.ts';

/**
 * @param contentDir absolute path of the content folder
 * @param root absolute path that file names in messages are relative to (the project root)
 */
export function checkContent(contentDir: string, root: string): Problem[] {
  const tree = readContent(contentDir, root);
  const { event, problems } = validateEntries(tree);
  return sortProblems([...tree.problems, ...problems, ...crossCheck(tree, event)]);
}
