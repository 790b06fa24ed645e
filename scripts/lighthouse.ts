/**
 * Lighthouse on the built site, with the Chromium the tests use, in its default mobile emulation
 * (a mid-range phone on a slow 4G connection, simulated). Audits the home page, the calendar, the
 * agenda, an activity, the guidance list and search, in both languages.
 *
 * `npm run lighthouse` serves dist/, prints the scores as a table and exits 1 if any is below
 * its threshold. The performance score is a timing, which moves with whatever else the machine
 * is doing, so `npm test` (tests/e2e/lighthouse.test.ts) asserts only the other three.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './lib/browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The categories that do not depend on how fast the machine is: what `npm test` asserts. */
export const UNTIMED_CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const satisfies readonly Category[];

/** The lowest score each category may have. */
export const THRESHOLDS: Record<Category, number> = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

export const PAGES: Record<string, string> = {
  home: '/',
  calendar: '/calendar/',
  agenda: '/programme/',
  activity: '/programme/opening-ceremony/',
  'guidance list': '/guidance/',
  search: '/search/',
  'home (Chinese)': '/zh-cn/',
  'agenda (Chinese)': '/zh-cn/programme/',
};

export type Scores = Record<string, Partial<Record<Category, number>> & { failing: string[] }>;

/** Scores (0–100) of `pages` in `categories`, with the audits that cost them points. */
export async function audit(
  origin: string,
  chromePath: string,
  categories: readonly Category[] = CATEGORIES,
  pages: Record<string, string> = PAGES,
): Promise<Scores> {
  const chrome = await launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const scores: Scores = {};
  try {
    for (const [name, path] of Object.entries(pages)) {
      const result = await lighthouse(new URL(path, origin).href, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories: reported, audits } = result.lhr;
      const score = (category: Category): number => Math.round((reported[category]?.score ?? 0) * 100);
      scores[name] = {
        ...Object.fromEntries(categories.map((category) => [category, score(category)])),
        // What to fix when a score falls short: every audit that lost points, with its score.
        failing: Object.values(audits)
          .filter(
            (item) =>
              item.score !== null && item.score < 1 && item.scoreDisplayMode !== 'informative' && item.scoreDisplayMode !== 'manual',
          )
          .map((item) => `${item.id} (${String(item.score)})`),
      };
    }
  } finally {
    chrome.kill();
  }
  return scores;
}

/** Pages and categories below their thresholds, as "page: category score < threshold". */
export function belowThresholds(scores: Scores): string[] {
  return Object.entries(scores).flatMap(([page, result]) =>
    CATEGORIES.filter((category) => category in result && (result[category] ?? 0) < THRESHOLDS[category]).map(
      (category) => `${page}: ${category} ${String(result[category])} < ${String(THRESHOLDS[category])} (${result.failing.join(', ')})`,
    ),
  );
}

async function main(): Promise<void> {
  const chrome = findChromium();
  if (!chrome) throw new Error('No Chromium found: run `node scripts/ensure-test-tools.ts` first.');
  const port = 4391;
  const server = spawn(
    process.execPath,
    [resolve(import.meta.dirname, 'serve-static.ts'), resolve(import.meta.dirname, '../dist'), String(port)],
    {
      stdio: 'ignore',
    },
  );
  await new Promise((done) => setTimeout(done, 800));
  try {
    const scores = await audit(`http://127.0.0.1:${String(port)}`, chrome.path);
    const rows = Object.entries(scores).map(([page, result]) => [page, ...CATEGORIES.map((category) => String(result[category] ?? '–'))]);
    const header = ['page', ...CATEGORIES];
    const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => (row[index] ?? '').length)));
    const line = (cells: string[]): string => `| ${cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join(' | ')} |`;
    console.log([line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n'));
    console.log(`\nThresholds: ${CATEGORIES.map((category) => `${category} ≥ ${String(THRESHOLDS[category])}`).join(', ')}`);
    const below = belowThresholds(scores);
    if (below.length > 0) {
      console.error(`\nBelow threshold:\n${below.join('\n')}`);
      process.exitCode = 1;
    }
  } finally {
    server.kill();
  }
}

if (import.meta.filename === process.argv[1]) await main();
