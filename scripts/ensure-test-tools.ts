/**
 * Makes sure the tests have what they run on, installing what is missing: a Chromium and a font
 * that covers Chinese for the end-to-end tests, a Java runtime for the Nu Html Checker, and
 * libxml2's xmllint for the schedule XML files. Debian's `chromium`, `chromium-headless-shell`,
 * `fonts-noto-cjk`, `default-jre-headless` and `libxml2-utils` packages come from apt-get
 * when running as root on Debian; otherwise Chromium is Playwright's own download. Without a CJK
 * font Chinese pages render as empty boxes in screenshots and Lighthouse, as they would for no
 * real visitor. Says what it does; stops with a one-line instruction when something is still missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SYSTEM_HEADLESS_SHELL, findChromium, findTestBrowser, hasChineseFont, hasJava, hasXmllint } from './lib/browser.ts';

function run(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return true;
  } catch {
    return false;
  }
}

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
let updated = false;
/** apt-get update, once: a fresh machine has no package lists yet. */
function aptUpdate(): boolean {
  updated ||= run('apt-get', ['update']);
  return updated;
}
const missing = [
  ...(findChromium() ? [] : ['chromium']),
  ...(hasChineseFont() ? [] : ['fonts-noto-cjk']),
  ...(hasJava() ? [] : ['default-jre-headless']),
  ...(hasXmllint() ? [] : ['libxml2-utils']),
];

if (missing.length > 0 && canApt) {
  console.log(`Installing Debian's ${missing.join(' and ')} with apt-get…`);
  if (!(aptUpdate() && run('apt-get', ['install', '-y', '--no-install-recommends', ...missing]))) {
    console.error(`apt-get could not install ${missing.join(' and ')}.`);
  }
} else if (!findChromium()) {
  console.log('No Chromium found: installing one with `npx playwright install chromium`…');
  run('npx', ['playwright', 'install', 'chromium']);
}

// The end-to-end tests run faster on the headless shell; without it they use the full browser.
if (!existsSync(SYSTEM_HEADLESS_SHELL) && canApt) {
  console.log("Installing Debian's chromium-headless-shell with apt-get…");
  if (!(aptUpdate() && run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium-headless-shell']))) {
    console.warn('apt-get could not install chromium-headless-shell: the end-to-end tests use the full browser.');
  }
}

if (!hasChineseFont()) {
  console.warn(
    'No font covering Chinese: Chinese pages will show empty boxes in screenshots (Debian: `sudo apt-get install fonts-noto-cjk`).',
  );
}

if (!hasXmllint()) {
  console.error('No xmllint for the schedule XML tests: install it (Debian: `sudo apt-get install libxml2-utils`).');
  process.exit(1);
}

if (!hasJava()) {
  console.error('No Java runtime for the Nu Html Checker: install one (Debian: `sudo apt-get install default-jre-headless`).');
  process.exit(1);
}

const found = findTestBrowser();
if (found) {
  console.log(`Chromium for the end-to-end tests: ${found.path} (${found.source}).`);
  process.exit(0);
}
console.error(
  'No Chromium for the end-to-end tests: install one (Debian: `sudo apt-get install chromium`) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to its path.',
);
process.exit(1);
