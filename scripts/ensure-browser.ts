/**
 * Makes sure the end-to-end tests have a Chromium, installing one when there is none:
 * Debian's `chromium` package with apt-get when running as root on Debian, otherwise
 * Playwright's own download. Says what it does; stops with a one-line instruction when it cannot.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './lib/browser.ts';

function run(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return true;
  } catch {
    return false;
  }
}

const found = findChromium();
if (found) {
  console.log(`Chromium for the end-to-end tests: ${found.path} (${found.source}).`);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log("No Chromium found: installing Debian's chromium package with apt-get…");
  if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])) {
    const installed = findChromium();
    if (installed) {
      console.log(`Installed Chromium: ${installed.path}.`);
      process.exit(0);
    }
  }
} else {
  console.log('No Chromium found: installing one with `npx playwright install chromium`…');
  if (run('npx', ['playwright', 'install', 'chromium']) && findChromium()) process.exit(0);
}

console.error(
  'No Chromium for the end-to-end tests: install one (Debian: `sudo apt-get install chromium`) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to its path.',
);
process.exit(1);
