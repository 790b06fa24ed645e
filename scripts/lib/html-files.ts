/** The pages of a finished build, for the steps that read or rewrite them after it. */
import { readdirSync } from 'node:fs';

/** Every `.html` file under a folder, as paths relative to it (`programme/index.html`). */
export function htmlFilesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
}
