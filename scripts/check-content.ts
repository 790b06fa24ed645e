/**
 * `npm run check`: validates everything under content/ and lists every problem at once.
 * Exits 1 when there is any, so it can gate a commit or a build. Translations still to write or
 * update are listed too, as notices that do not fail the check, and so are references to other
 * entries written as plain text ("see item 30") that should be links.
 */
import { relative, resolve } from 'node:path';
import { formatProblem, formatReport, inspectContent } from './lib/content-check/index.ts';

const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(root, process.argv[2] ?? 'content');
const { problems, notices, suggestions } = inspectContent(contentDir, root);

if (suggestions.length > 0) {
  console.log(`Cross-references to make links (${String(suggestions.length)}); the site still builds:`);
  console.log(`${suggestions.map(formatProblem).join('\n')}\n`);
}

if (notices.length > 0) {
  console.log(`Translations to do (${String(notices.length)}); the site still builds, showing English where a translation is missing:`);
  console.log(`${notices.map(formatProblem).join('\n')}\n`);
}
if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exit(1);
}
console.log(`Content is valid: every file under ${relative(process.cwd(), contentDir) || '.'} passed.`);
