/**
 * The test fixture built as a real deployment would be, under a sub-path (GitHub Pages serves a
 * project at /<repository>/): every link must still resolve. The fixture has one activity
 * translated and one not, so the same build shows what an untranslated entry's Chinese page is:
 * the English text, marked as English, under a note that it is not translated yet; never a 404.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import zhCn from '../../src/i18n/zh-cn.json' with { type: 'json' };
import { findBrokenLinks } from '../../scripts/lib/site-links.ts';
import { precachedAddresses } from '../../scripts/lib/precache-weight.ts';
import { fileOf } from '../../src/lib/offline-precache.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const copy = mkdtempSync(join(tmpdir(), 'fixture-site-'));
const SITE = 'https://xiamen-talent.github.io';
const HOSTILE_TITLE = 'Services Day </script><img src=x onerror=alert(1)> & <b>more';
const BASE = '/talent-month/';
let output = '';

/** This process's environment without what Vitest sets for its own Vite (BASE_URL and the like), which would override the build's. */
function buildEnvironment(): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const name of [
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'TEST',
    'NODE_ENV',
  ]) {
    environment[name] = undefined;
  }
  return environment;
}

beforeAll(() => {
  for (const entry of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  }
  cpSync(join(ROOT, 'tests/fixtures/content'), join(copy, 'content'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  // A title written to break out of every output it reaches: it must stay text everywhere.
  const activity = join(copy, 'content/activities/returnee-services-day.mdx');
  writeFileSync(activity, readFileSync(activity, 'utf8').replace(/^title: .*$/m, `title: '${HOSTILE_TITLE}'`));
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...buildEnvironment(), SITE_URL: SITE, BASE_PATH: BASE },
  });
  output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`the fixture did not build:\n${output}`);
}, 180_000);

afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
});

const page = (path: string): string => readFileSync(join(copy, 'dist', path, 'index.html'), 'utf8');

describe('a site built under a sub-path', () => {
  test('has no link, asset or anchor outside it or missing', () => {
    expect(findBrokenLinks(join(copy, 'dist'), SITE, BASE)).toEqual([]);
  });

  test('gives its own addresses, the switch to the other language and search their place under the sub-path', () => {
    const html = page('zh-cn/programme/opening-ceremony');
    expect(html).toContain(`<link rel="canonical" href="${SITE}${BASE}zh-cn/programme/opening-ceremony/">`);
    expect(html).toContain(`hreflang="en-GB" href="${SITE}${BASE}programme/opening-ceremony/"`);
    expect(html).toMatch(new RegExp(`class="language-switch" href="${BASE}programme/opening-ceremony/"`));
    expect(readFileSync(join(copy, 'dist/robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    expect(readFileSync(join(copy, 'dist/_headers'), 'utf8')).toMatch(new RegExp(`^${BASE}\\*$`, 'm'));
    expect(existsSync(join(copy, 'dist/pagefind/pagefind.js'))).toBe(true);
  });

  test('links each page’s social card by an absolute address under the sub-path, where the build drew it', () => {
    for (const path of ['', 'zh-cn', 'programme/opening-ceremony', 'zh-cn/programme/opening-ceremony']) {
      const image = /<meta property="og:image" content="([^"]*)">/.exec(page(path))?.[1] ?? '';
      expect(image).toBe(`${SITE}${BASE}og/${path === '' ? 'index' : path}.png`);
      expect(existsSync(join(copy, 'dist', image.slice(`${SITE}${BASE}`.length)))).toBe(true);
    }
  });
});

describe('the offline workers of a site under a sub-path', () => {
  test('sit in each language’s folder under it, save only addresses under it, and fall back to offline pages under it', () => {
    for (const [worker, home, offline] of [
      ['sw.js', BASE, `${BASE}offline/`],
      ['zh-cn/sw.js', `${BASE}zh-cn/`, `${BASE}zh-cn/offline/`],
    ] as const) {
      const addresses = precachedAddresses(join(copy, 'dist', worker));
      expect(addresses, worker).toContain(home);
      expect(addresses, worker).toContain(offline);
      expect(
        addresses.filter((address) => !address.startsWith(BASE)),
        worker,
      ).toEqual([]);
      for (const address of addresses) expect(existsSync(join(copy, 'dist', fileOf(address, BASE))), address).toBe(true);
      expect(readFileSync(join(copy, 'dist', worker), 'utf8'), worker).toContain(`fallbackURL:"${offline}"`);
    }
    // The page finds its worker beside its manifest, under the sub-path.
    expect(page('zh-cn')).toContain(`<link rel="manifest" href="${BASE}zh-cn/manifest.webmanifest">`);
  });
});

describe('a finished build', () => {
  test('is published whole in dist/, with none of the build’s own scratch in it or beside it', () => {
    for (const file of ['index.html', 'zh-cn/index.html', 'sitemap-index.xml', 'pagefind/pagefind.js', '_headers', 'og/index.png']) {
      expect(existsSync(join(copy, 'dist', file)), file).toBe(true);
    }
    expect(readdirSync(join(copy, 'dist')).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(readdirSync(copy).filter((name) => name.startsWith('.dist'))).toEqual([]);
  });
});

describe('a title with markup in it', () => {
  const files = (folder: string, ending: string): string[] =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith(ending))
      .map((name) => join(folder, name));

  test('is text in every page: no element of it appears, and every data script still parses and holds it', () => {
    const pages = files(join(copy, 'dist'), '.html');
    let seen = 0;
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      // Inside a quoted attribute value `<` is text; everywhere else it would start an element.
      const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
      expect(outsideAttributes, file).not.toContain('<img src=x');
      expect(outsideAttributes, file).not.toContain('<b>more');
      for (const [, data = ''] of html.matchAll(/<script type="application\/(?:ld\+)?json"[^>]*>([\s\S]*?)<\/script>/g)) {
        const parsed: unknown = JSON.parse(data);
        if (JSON.stringify(parsed).includes('onerror')) {
          expect(JSON.stringify(parsed), file).toContain(JSON.stringify(HOSTILE_TITLE).slice(1, -1));
          seen += 1;
        }
      }
    }
    // The activity page's JSON-LD, the home pages' subEvents and now-next data, My programme's data.
    expect(seen).toBeGreaterThanOrEqual(5);
  });

  test('is text in the feeds, the JSON programme and the calendar files', () => {
    for (const file of files(join(copy, 'dist'), '.xml')) {
      const xml = readFileSync(file, 'utf8');
      expect(xml, file).not.toContain('<img src=x');
      if (xml.includes('onerror')) expect(xml, file).toContain('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;more');
    }
    for (const file of files(join(copy, 'dist'), 'programme.json')) {
      const programme = JSON.parse(readFileSync(file, 'utf8')) as { activities: { title: string }[] };
      expect(
        programme.activities.map((activity) => activity.title),
        file,
      ).toContain(HOSTILE_TITLE);
    }
    const calendar = readFileSync(join(copy, 'dist/programme/returnee-services-day.ics'), 'utf8').replace(/\r\n[ \t]/g, '');
    expect(calendar.split('\r\n')).toContain(`SUMMARY;LANGUAGE=en-GB:${HOSTILE_TITLE}`);
  });
});

describe('a Chinese page of an untranslated entry', () => {
  test('exists, shows the English text marked lang="en-GB", and says it is not translated yet', () => {
    expect(existsSync(join(copy, 'dist/zh-cn/programme/returnee-services-day/index.html'))).toBe(true);
    const html = page('zh-cn/programme/returnee-services-day');
    expect(html).toContain('<html lang="zh-CN"');
    expect(html).toContain(zhCn['translation.missing']);
    expect(html).toMatch(/<article[^>]* lang="en-GB"[^>]*>[\s\S]*Services Day/);
  });

  test('next to a translated one, which shows its Chinese text and no note', () => {
    const html = page('zh-cn/programme/opening-ceremony');
    expect(html).toContain('2023厦门人才服务月开幕式');
    expect(html).not.toContain(zhCn['translation.missing']);
    expect(html).not.toMatch(/<article[^>]* lang="en-GB"/);
  });

  test('the build names what is left to translate, without failing', () => {
    expect(output).toContain('Translations to do');
    expect(output).toContain('content/activities/returnee-services-day.mdx:1 — translation: has no zh-cn translation yet');
  });
});
