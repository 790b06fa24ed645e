/**
 * `npm run bench`: how fast and how big the site is, reported as a table and as JSON (in
 * bench-results.json). Not part of `npm test`: machines are noisy, so timings inform and never
 * fail anything; the size budgets that do fail live in the tests.
 *
 * It measures, each in a temporary copy of the project (its content committed to a git repository
 * of its own, as the build reads revisions from git):
 * - the build with and without the search index, at the real size and at 10× the content
 *   (300 activities, 800 guidance items), and 100× with `--scales 1,10,100` where memory allows:
 *   seconds, pages per second, milliseconds per page and peak memory, so the growth of the cost is
 *   visible; cold (no caches) and warm (the caches of the build before);
 * - a bare Astro build of as many plain MDX pages, in the same run: the framework's floor;
 * - the weight of each template's page (HTML, CSS, JavaScript, gzipped);
 * - what the first search transfers, in each language;
 * - what each language's offline worker saves at the first visit, transferred and stored.
 *
 * Usage: npm run bench [-- --scales 1,10,100]
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { freemem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findChromium } from './lib/browser.ts';
import { htmlPages, pageWeight } from './lib/page-weight.ts';
import { precacheWeight, type PrecacheWeight } from './lib/precache-weight.ts';
import { LOCALES } from '../src/i18n/index.ts';
import { multiplyContent } from './lib/synthetic-content.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const { values } = parseArgs({ options: { scales: { type: 'string', default: '1,10' } } });
const scales = values.scales.split(',').map(Number);

interface BuildRun {
  name: string;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  peakMemoryMB: number;
}

/**
 * Runs `astro build` in `project`, timing it and recording its peak memory. A cold build starts
 * with no caches, so the order of the runs does not favour the later ones; a warm one keeps what
 * the build before it left in the cache folder (Astro's content store, the social cards), as a
 * rebuild on an editor's machine or a deploy that keeps `node_modules/.astro` does.
 */
function build(name: string, project: string, config?: string, warm = false): BuildRun {
  const memoryFile = join(project, '.peak-memory');
  for (const cache of warm ? ['dist'] : ['dist', '.bench-cache', '.astro']) rmSync(join(project, cache), { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ['--import', join(ROOT, 'scripts/lib/record-peak-memory.ts'), ASTRO, 'build', ...(config ? ['--config', config] : [])],
    {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BENCH_MEMORY_FILE: memoryFile },
      maxBuffer: 1 << 28,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${name}: the build failed\n${result.stdout}\n${result.stderr}`);
  const pages = htmlPages(join(project, 'dist')).length;
  const run = {
    name,
    pages,
    seconds: round(seconds, 1),
    pagesPerSecond: round(pages / seconds, 1),
    peakMemoryMB: round(Number(readFileSync(memoryFile, 'utf8')) / 1024, 0),
  };
  // Long runs report as they go, so a stopped run still leaves its figures.
  console.error(
    `  ${name}: ${String(run.pages)} pages in ${String(run.seconds)} s, ${String(run.pagesPerSecond)} pages/s, peak ${String(run.peakMemoryMB)} MB`,
  );
  return run;
}

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** The project's config with caches inside the copy: a shared cache would mix up the copies' content. */
const BENCH_CONFIG =
  "import base from './astro.config.mjs';\nconst config = { ...base, cacheDir: './.bench-cache', vite: { ...base.vite, cacheDir: './.bench-cache/vite' } };\n";

/** A copy of the project with `factor` times its content, sharing node_modules. */
function projectAt(factor: number): string {
  const project = mkdtempSync(join(tmpdir(), `bench-${String(factor)}x-`));
  for (const entry of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  multiplyContent(join(ROOT, 'content'), join(project, 'content'), factor);
  // The build dates calendar revisions from the content's git history, as in a real checkout.
  const git = (...args: string[]): void => {
    const result = spawnSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.org', ...args], { cwd: project });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${project}`);
  };
  git('init', '-q');
  git('add', 'content');
  git('commit', '-q', '-m', 'Content');
  // Caches of its own (node_modules is shared), and the same site without its search index.
  writeFileSync(join(project, 'astro.config.bench.mjs'), `${BENCH_CONFIG}export default config;\n`);
  writeFileSync(
    join(project, 'astro.config.noindex.mjs'),
    // The offline workers save the index, so they go with it.
    `${BENCH_CONFIG}export default { ...config, integrations: config.integrations.filter((integration) => !['search-index', 'offline-worker'].includes(integration.name)) };\n`,
  );
  return project;
}

/** A bare Astro project of `count` plain MDX pages: what the framework costs with nothing of ours. */
function bareProject(count: number): string {
  const project = mkdtempSync(join(tmpdir(), 'bench-bare-'));
  mkdirSync(join(project, 'src/pages'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  writeFileSync(join(project, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(
    join(project, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()], cacheDir: './.bench-cache', vite: { cacheDir: './.bench-cache/vite' } };\n",
  );
  const body = readFileSync(join(ROOT, 'content/activities/opening-ceremony.mdx'), 'utf8').replace(/^---[\s\S]*?---\n/, '');
  for (let page = 1; page <= count; page += 1)
    writeFileSync(join(project, `src/pages/page-${String(page)}.mdx`), `# Page ${String(page)}\n\n${body}`);
  return project;
}

/** The pages each template makes, one example each. */
const TEMPLATES: Record<string, string> = {
  home: 'index.html',
  agenda: 'programme/index.html',
  calendar: 'calendar/index.html',
  day: 'programme/2023-07-06/index.html',
  activity: 'programme/opening-ceremony/index.html',
  'guidance list': 'guidance/index.html',
  'guidance item': 'guidance/foreigner-work-permit/index.html',
  award: 'awards/xiamen-talent-scout-awards/index.html',
  university: 'universities/nankai-university/index.html',
  about: 'about/index.html',
  search: 'search/index.html',
  'my programme': 'my-programme/index.html',
  'home (Chinese)': 'zh-cn/index.html',
  'agenda (Chinese)': 'zh-cn/programme/index.html',
  'guidance list (Chinese)': 'zh-cn/guidance/index.html',
};

/** Serves `dist` and measures what the first search transfers, as a visitor's browser sees it. */
async function firstSearch(dist: string): Promise<Record<string, number>> {
  const port = 4390;
  const child = spawn(process.execPath, [join(ROOT, 'scripts/serve-static.ts'), dist, String(port)], { stdio: 'ignore' });
  await new Promise((done) => setTimeout(done, 800));
  const executable = findChromium();
  if (!executable) throw new Error('No Chromium: run node scripts/ensure-test-tools.ts');
  const browser = await chromium.launch({ executablePath: executable.path });
  const results: Record<string, number> = {};
  try {
    for (const [label, path, query] of [
      ['English, "rare earth"', '/', 'rare earth'],
      ['Chinese, "稀土"', '/zh-cn/', '稀土'],
    ] as const) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${String(port)}${path}`);
      await page.keyboard.press('Control+K');
      await page.locator('dialog[open] input[type="search"]').fill(query);
      await page.locator('[data-search-results][aria-busy="false"] li').first().waitFor();
      await page.waitForLoadState('networkidle');
      results[label] = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.includes('/pagefind/'))
          .reduce((total, entry) => total + (entry as PerformanceResourceTiming).transferSize, 0),
      );
      await page.close();
    }
  } finally {
    await browser.close();
    child.kill();
  }
  return results;
}

const builds: BuildRun[] = [];
const floors: BuildRun[] = [];
/** Each build's bare Astro build of as many pages, made in the same run. */
const floorOf = new Map<BuildRun, BuildRun>();
const projects: string[] = [];
let weights: Record<string, ReturnType<typeof pageWeight>> = {};
let search: Record<string, number> = {};
/** What each language's offline worker saves at the first visit, at each scale. */
const offline: Record<string, PrecacheWeight> = {};
try {
  for (const factor of scales) {
    // Roughly 1.5 GB per 10× at the sizes measured so far; skip what this machine cannot hold.
    if (factor >= 100 && freemem() < 8 * 1024 ** 3) {
      console.warn(`Skipping ${String(factor)}×: ${String(round(freemem() / 1024 ** 3, 1))} GB free, 8 GB wanted.`);
      continue;
    }
    const project = projectAt(factor);
    projects.push(project);
    console.error(`Building ${String(factor)}× …`);
    // At 100× the build without its index would add a quarter of an hour and tells nothing new.
    if (factor < 100) builds.push(build(`${String(factor)}× without search index`, project, 'astro.config.noindex.mjs'));
    const withIndex = build(`${String(factor)}× with search index`, project, 'astro.config.bench.mjs');
    builds.push(withIndex, build(`${String(factor)}× with search index, warm`, project, 'astro.config.bench.mjs', true));
    const bare = bareProject(withIndex.pages);
    projects.push(bare);
    const floor = build(`bare Astro, ${String(withIndex.pages)} MDX pages`, bare);
    floors.push(floor);
    for (const run of builds.slice(builds.length - (factor < 100 ? 3 : 2))) floorOf.set(run, floor);
    for (const locale of LOCALES) offline[`${String(factor)}× ${locale}`] = precacheWeight(join(project, 'dist'), locale);
    if (factor === 1) {
      const dist = join(project, 'dist');
      weights = Object.fromEntries(
        Object.entries(TEMPLATES)
          .filter(([, page]) => existsSync(join(dist, page)))
          .map(([name, page]) => [name, pageWeight(dist, page)]),
      );
      search = await firstSearch(dist);
    }
  }
} finally {
  for (const project of projects) rmSync(project, { recursive: true, force: true });
}

const table = (rows: Record<string, string | number>[]): string => {
  const columns = Object.keys(rows[0] ?? {});
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells: string[]): string => `| ${cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join(' | ')} |`;
  return [
    line(columns),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map((row) => line(columns.map((column) => String(row[column])))),
  ].join('\n');
};

const results = {
  date: new Date().toISOString(),
  node: process.version,
  builds: builds.map((run) => {
    const floor = floorOf.get(run);
    return {
      ...run,
      timesBareAstro: floor ? round(run.seconds / floor.seconds, 2) : null,
      // Per-page cost and memory against the floor's, so growth from 1× to 100× shows beside the ratio.
      memoryTimesBareAstro: floor ? round(run.peakMemoryMB / floor.peakMemoryMB, 2) : null,
    };
  }),
  bareAstro: floors,
  pageWeightBytes: weights,
  firstSearchBytes: search,
  offlinePrecache: offline,
};
writeFileSync(join(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log('\nBuilds (each in a fresh copy; peak memory of the build process)\n');
console.log(
  table(
    [...results.builds, ...floors.map((run) => ({ ...run, timesBareAstro: 1, memoryTimesBareAstro: 1 }))].map((run) => ({
      build: run.name,
      pages: run.pages,
      seconds: run.seconds,
      'pages/s': run.pagesPerSecond,
      'peak MB': run.peakMemoryMB,
      'ms/page': round((run.seconds * 1000) / run.pages, 1),
      '× bare Astro': run.timesBareAstro ?? '',
      'memory × bare': run.memoryTimesBareAstro ?? '',
    })),
  ),
);
console.log('\nPage weight by template (bytes, gzipped)\n');
console.log(
  table(
    Object.entries(weights).map(([template, weight]) => ({ template, html: weight.html, css: weight.css, javascript: weight.javascript })),
  ),
);
console.log('\nFirst search (bytes transferred)\n');
console.log(table(Object.entries(search).map(([query, bytes]) => ({ query, bytes }))));
console.log('\nSaved for offline use at the first visit, per language (budget: 2 MB transferred at 1×)\n');
console.log(
  table(
    Object.entries(offline).map(([site, weight]) => ({
      site,
      files: weight.files,
      'KB transferred': round(weight.transferred / 1024, 0),
      'KB stored': round(weight.stored / 1024, 0),
    })),
  ),
);
console.log(`\nJSON: ${join(ROOT, 'bench-results.json')}`);
