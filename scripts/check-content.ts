/**
 * `npm run check`: validates everything under content/ and lists every problem at once.
 * Exits 1 when there is any, so it can gate a commit or a build. Translations still to write or
 * update are listed too, as notices that do not fail the check.
 */
import { relative, resolve } from 'node:path';
import { formatProblem, formatReport, inspectContent } from '../src/lib/content-check/index.ts';

const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(root, process.argv[2] ?? 'content');
const { problems, notices } = inspectContent(contentDir, root);

if (notices.length > 0) {
  console.log(`Translations to do (${String(notices.length)}); the site still builds, showing English where a translation is missing:`);
  console.log(`${notices.map(formatProblem).join('\n')}\n`);
}
if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exit(1);
}
console.log(`Content is valid: every file under ${relative(process.cwd(), contentDir) || '.'} passed.`);
