/**
 * `npm run check`: validates everything under content/ and lists every problem at once.
 * Exits 1 when there is any, so it can gate a commit or a build.
 */
import { relative, resolve } from 'node:path';
import { checkContent, formatReport } from '../src/lib/content-check/index.ts';

const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(root, process.argv[2] ?? 'content');
const problems = checkContent(contentDir, root);

if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exit(1);
}
console.log(`Content is valid: every file under ${relative(process.cwd(), contentDir) || '.'} passed.`);
