/**
 * `npm run translations:stamp -- <translation files>`: records in each translation the
 * fingerprint of the English text it now translates (`translatedFrom`), so `npm run check` can
 * tell when the English changes again. Run it after writing or updating a translation.
 * With no files, it stamps only the translations that have no fingerprint yet.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inspectContent } from './lib/content-check/index.ts';

const root = resolve(import.meta.dirname, '..');
const { fingerprints } = inspectContent(resolve(root, 'content'), root);
const FIELD = /^translatedFrom:.*$/m;

/** The file's text with `translatedFrom` set: replaced where it is, else added as the last field. */
function stamped(text: string, value: string, isMdx: boolean): string {
  const line = `translatedFrom: ${value}`;
  if (FIELD.test(text)) return text.replace(FIELD, line);
  if (!isMdx) return `${text.replace(/\n*$/, '\n')}${line}\n`;
  const close = text.indexOf('\n---', 3);
  return `${text.slice(0, close)}\n${line}${text.slice(close)}`;
}

const requested = process.argv.slice(2).map((path) => resolve(process.cwd(), path));
let count = 0;
for (const [path, value] of fingerprints) {
  const absolute = resolve(root, path);
  const text = readFileSync(absolute, 'utf8');
  if (requested.length > 0 ? !requested.includes(absolute) : FIELD.test(text)) continue;
  const next = stamped(text, value, path.endsWith('.mdx') || path.endsWith('.md'));
  if (next !== text) {
    writeFileSync(absolute, next);
    count += 1;
  }
}
const unknown = requested.filter((path) => ![...fingerprints.keys()].some((known) => resolve(root, known) === path));
for (const path of unknown)
  console.error(`${path}: not a translation the checker knows; expected a file in content/<collection>/zh-cn/ or content/zh-cn/event.yaml`);
console.log(`Stamped ${String(count)} translation${count === 1 ? '' : 's'}.`);
if (unknown.length > 0) process.exit(1);
