/**
 * Full-page screenshots of every template, for a person to review (never compared pixel by pixel):
 * each at a phone's width (390 px) and a desktop's (1280 px), in the light and the dark scheme,
 * in English and in Chinese, as a visitor in Xiamen sees them on 7 July 2023. Serves the last
 * build from dist/ as the tests do.
 *
 * Usage: npm run screenshots [-- --only home,programme] [-- --out screenshots]
 * Writes `<out>/<template>-<lang>-<width>-<scheme>.png` and prints the folder.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findChromium } from './lib/browser.ts';

/** One page of each template, by the path after the language prefix. */
export const TEMPLATES: Record<string, string> = {
  home: '',
  calendar: 'calendar/',
  programme: 'programme/',
  'programme-grid': 'programme/grid/',
  day: 'programme/2023-07-06/',
  activity: 'programme/opening-ceremony/',
  'activity-cancelled': 'programme/international-talent-family-day/',
  'activity-registration': 'programme/international-talent-job-fair/',
  guidance: 'guidance/',
  'guidance-item': 'guidance/foreigner-work-permit/',
  awards: 'awards/',
  award: 'awards/xiamen-talent-scout-awards/',
  universities: 'universities/',
  university: 'universities/nankai-university/',
  venues: 'venues/',
  venue: 'venues/gulangyu-piano-museum/',
  organisers: 'organisers/',
  organiser: 'organisers/xiamen-hrss-bureau/',
  about: 'about/',
  'my-programme': 'my-programme/',
  search: 'search/?q=visa',
  'not-found': 'no-such-page/',
};

const LANGS = { en: '', 'zh-cn': 'zh-cn/' } as const;
const WIDTHS = [390, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
const PORT = Number(process.env.SCREENSHOTS_PORT ?? 4323);

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    out: { type: 'string', default: 'screenshots' },
    // Only what the first screen shows, to look at closely: full pages are shrunk to be seen whole.
    'first-screen': { type: 'boolean', default: false },
  },
});
const only = values.only?.split(',').map((name) => name.trim());
const out = resolve(values.out);
const browserPath = findChromium()?.path;
if (!browserPath) throw new Error('No Chromium: run `node scripts/ensure-test-tools.ts` first.');

const server = spawn(process.execPath, ['scripts/serve-static.ts', 'dist', String(PORT)], { stdio: 'ignore' });
// Wait for the server to answer before the first page.
for (let tries = 0; ; tries += 1) {
  try {
    await fetch(`http://127.0.0.1:${String(PORT)}/`);
    break;
  } catch (error) {
    if (tries > 50) throw error;
    await new Promise((done) => setTimeout(done, 100));
  }
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: browserPath });
let count = 0;
try {
  for (const [name, path] of Object.entries(TEMPLATES)) {
    if (only && !only.includes(name)) continue;
    for (const [lang, prefix] of Object.entries(LANGS)) {
      for (const width of WIDTHS) {
        for (const colorScheme of SCHEMES) {
          // A visitor in Xiamen, so the pictures are the same on every machine that takes them.
          const context = await browser.newContext({
            viewport: { width, height: width < 600 ? 844 : 900 },
            colorScheme,
            timezoneId: 'Asia/Shanghai',
          });
          const page = await context.newPage();
          // A fixed clock in the middle of the festival, so "today" and "what's on" have something to show.
          await page.clock.setFixedTime(new Date('2023-07-07T10:00:00+08:00'));
          await page.goto(`http://127.0.0.1:${String(PORT)}/${prefix}${path}`, { waitUntil: 'networkidle' });
          // Search draws its results once the index has answered: picture them, not the wait.
          if (path.includes('?q=')) await page.locator('main [data-search-results] li').first().waitFor();
          await page.screenshot({ path: `${out}/${name}-${lang}-${String(width)}-${colorScheme}.png`, fullPage: !values['first-screen'] });
          await context.close();
          count += 1;
        }
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`${String(count)} screenshots in ${out}`);
