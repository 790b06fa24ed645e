/**
 * `npm run new -- <activity|guidance|award|university> "Title"`: writes a valid draft entry at the
 * right path and prints that path. It never overwrites an existing file.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { KINDS, skeleton, type Kind } from './lib/skeletons.ts';

const [kind, ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
const usage = `Usage: npm run new -- <${KINDS.join('|')}> "Title"`;

if (!kind || !(KINDS as readonly string[]).includes(kind) || !title) {
  console.error(usage);
  process.exit(1);
}

const root = resolve(import.meta.dirname, '..');
const contentDir = join(root, 'content');
try {
  const { path, text } = skeleton(kind as Kind, title, contentDir);
  const target = join(contentDir, path);
  if (existsSync(target)) {
    console.error(`${relative(root, target)} already exists; choose another title or edit that file.`);
    process.exit(1);
  }
  writeFileSync(target, text);
  console.log(relative(root, target));
  const counted = kind === 'activity' || kind === 'guidance';
  console.error(
    `Written as a draft: fill it in, then remove \`draft: true\` to publish it${counted ? ' and raise the expected count in content/event.yaml' : ''}.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
