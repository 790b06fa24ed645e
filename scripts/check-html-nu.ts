/**
 * Checks every built page with the Nu Html Checker (vnu.jar from npm `vnu-jar`, the W3C's
 * validator), which reads HTML as browsers do and sees what html-validate does not (a script
 * after </html>, a malformed meta refresh). Any error fails; warnings are not printed.
 * Usage: node scripts/check-html-nu.ts [folder]   (default dist)
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFilesIn } from './lib/html-files.ts';

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

const folder = resolve(process.argv[2] ?? 'dist');
const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
const pages = htmlFilesIn(folder).length;
if (pages === 0) {
  console.error(`No HTML pages in ${folder}: build the site first (npm run build).`);
  process.exit(1);
}

// One Java process for the whole folder: starting the checker once per page would cost minutes.
const result = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', folder], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (result.error) {
  console.error(`Could not run Java for the Nu Html Checker (${result.error.message}): run node scripts/ensure-test-tools.ts.`);
  process.exit(1);
}
let messages: NuMessage[];
try {
  messages = (JSON.parse(result.stderr || result.stdout || '{"messages":[]}') as { messages: NuMessage[] }).messages;
} catch {
  console.error(`The Nu Html Checker did not answer in JSON:\n${result.stderr}`);
  process.exit(1);
}
const errors = messages.filter(
  (message) => message.type === 'error' || message.subType === 'fatal' || message.type === 'non-document-error',
);
for (const error of errors) {
  const file = error.url ? relative(process.cwd(), fileURLToPath(error.url)) : folder;
  console.error(`${file}:${String(error.lastLine ?? 1)}: ${error.message}`);
}
if (errors.length > 0) {
  console.error(`\nThe Nu Html Checker found ${String(errors.length)} errors in ${String(pages)} pages.`);
  process.exit(1);
}
console.log(`The Nu Html Checker found no errors in ${String(pages)} pages.`);
