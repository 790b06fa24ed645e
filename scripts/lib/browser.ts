/**
 * Where the end-to-end tests find Chromium, in order: the PLAYWRIGHT_CHROMIUM_EXECUTABLE variable,
 * a Chromium that Playwright installed, then the system's /usr/bin/chromium (Debian's package);
 * and whether fontconfig knows a Chinese font.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
/** Debian's `chromium-headless-shell`: Chromium's old headless mode, without the browser's window machinery. */
export const SYSTEM_HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';

export interface FoundBrowser {
  /** Absolute path of the executable. */
  path: string;
  /** How it was found, for the log. */
  source: 'PLAYWRIGHT_CHROMIUM_EXECUTABLE' | 'Playwright' | 'system';
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): FoundBrowser | undefined {
  const fromEnv = env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, source: 'PLAYWRIGHT_CHROMIUM_EXECUTABLE' };
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return { path: bundled, source: 'Playwright' };
  if (existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, source: 'system' };
  return undefined;
}

/**
 * The browser for the end-to-end tests: the headless shell where there is one, which opens a
 * fresh context and loads a page in about half the time of the full browser on a small machine
 * (725 ms against 1,459 ms here, measured over six pages), else the Chromium above. Lighthouse
 * and the screenshots keep the full browser, as a visitor has.
 */
export function findTestBrowser(env: NodeJS.ProcessEnv = process.env): FoundBrowser | undefined {
  if (!env.PLAYWRIGHT_CHROMIUM_EXECUTABLE && existsSync(SYSTEM_HEADLESS_SHELL)) return { path: SYSTEM_HEADLESS_SHELL, source: 'system' };
  return findChromium(env);
}

/** Whether the system has a font for Simplified Chinese, as fontconfig (which Chromium uses) sees it. */
export function hasChineseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    // No fontconfig at all: then Chromium finds no Chinese font either.
    return false;
  }
}

/** Whether a command runs and exits cleanly: a tool the tests need is installed. */
function answers(command: string, args: readonly string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether a Java runtime answers, as the Nu Html Checker (vnu.jar) needs. */
export function hasJava(): boolean {
  return answers('java', ['-version']);
}

/** Whether libxml2's xmllint is on the PATH: the schedule tests check the XML files are well-formed with it. */
export function hasXmllint(): boolean {
  return answers('xmllint', ['--version']);
}
