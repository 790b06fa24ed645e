/**
 * The site offline, after one visit: each test serves a copy of the built site of its own, so it
 * can take the site away (stop serving it, as when the connection drops) or deploy a new version
 * (change the copy and write its workers again, as the build does) without touching the server
 * the other tests share. The browser is set offline too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { writeOfflineWorkers } from '../../src/integrations/offline-worker.ts';
import { fileOf, folderOf, localeOfFile } from '../../src/lib/offline-precache.ts';
import { htmlPages } from '../../scripts/lib/page-weight.ts';
import { precachedAddresses, workerFile } from '../../scripts/lib/precache-weight.ts';
import { axeViolations, COLOUR_RULES } from './support/axe.ts';
import { expect, test } from './support/test.ts';
import { CHINESE, ENGLISH, LANGUAGES } from './support/languages.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');

test.use({ serviceWorkers: 'allow' });

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        done(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}

/** A copy of the built site (without the social cards, which no page loads), served as the shared server serves dist/. */
class OwnSite {
  private server: ChildProcess | undefined;

  private constructor(
    readonly folder: string,
    readonly port: number,
  ) {}

  static async start(): Promise<OwnSite> {
    const folder = mkdtempSync(join(tmpdir(), 'offline-site-'));
    cpSync(DIST, folder, { recursive: true, filter: (source) => !/[\\/]og(?:[\\/]|$)/.test(source) });
    const site = new OwnSite(folder, await freePort());
    site.server = spawn(process.execPath, [join(ROOT, 'scripts/serve-static.ts'), folder, String(site.port)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((done, fail) => {
      site.server?.stdout?.once('data', () => done());
      site.server?.once('exit', (code) => fail(new Error(`The site's server stopped (${String(code)})`)));
    });
    return site;
  }

  url(path: string): string {
    return `http://127.0.0.1:${String(this.port)}${path}`;
  }

  /** The connection drops: nothing answers at the site's address any more. */
  stop(): void {
    this.server?.kill();
    this.server = undefined;
  }

  remove(): void {
    this.stop();
    rmSync(this.folder, { recursive: true, force: true });
  }
}

/** Waits until the page's language is saved: the worker is active only once it has saved every file. */
async function savedForOffline(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

for (const lang of LANGUAGES) {
  const { t } = lang;

  test(`${lang.tag}: the worker saves every page of its language that a visitor reads, and no page of another`, () => {
    const saved = new Set(precachedAddresses(workerFile(DIST, lang.locale)).map((address) => fileOf(address, '/')));
    const read = htmlPages(DIST).filter((page) => {
      const html = readFileSync(join(DIST, page), 'utf8');
      return localeOfFile(page) === lang.locale && !page.endsWith('404.html') && !html.includes('http-equiv="refresh"');
    });
    expect(read.length).toBeGreaterThan(190);
    expect(read.filter((page) => !saved.has(page))).toEqual([]);
    const others = [...saved].filter((file) => file.endsWith('.html') && localeOfFile(file) !== lang.locale);
    // The English worker keeps the other languages' offline pages, to answer for their addresses.
    expect(others).toEqual(lang === ENGLISH ? ['zh-cn/offline/index.html'] : []);
    // Its search index, and the calendar files and data of the language.
    for (const file of [`pagefind/pagefind.js`, `${folderOf(lang.locale)}programme.json`, `${folderOf(lang.locale)}programme.ics`]) {
      expect(saved.has(file), file).toBe(true);
    }
    expect([...saved].filter((file) => file.startsWith('pagefind/fragment/')).length).toBeGreaterThan(150);
  });

  test.describe(lang.tag, () => {
    test('after one visit, other pages, search, and My programme’s calendar file and share link work with no connection', async ({
      page,
      context,
    }) => {
      const site = await OwnSite.start();
      try {
        await page.goto(site.url(lang.path()));
        await savedForOffline(page);
        site.stop();
        await context.setOffline(true);

        // Five other pages of the language, one of them asked for with a filter in its query.
        const pages: [string, string][] = [
          [lang.path('programme', 'opening-ceremony'), lang.title('activities', 'opening-ceremony.mdx')],
          [lang.path('guidance', 'city-service-hotline'), lang.title('guidance', '63-city-service-hotline.mdx')],
          [lang.path('venues'), t('venues.title')],
          [`${lang.path('programme')}?registration=waiting-list`, t('programme.title')],
          [lang.path('changes'), t('changes.title')],
        ];
        for (const [path, heading] of pages) {
          await page.goto(site.url(path));
          await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
        }

        // Search, from the saved index.
        const query = lang === ENGLISH ? 'visa' : '签证';
        await page.goto(site.url(`${lang.path('search')}?q=${encodeURIComponent(query)}`));
        const main = page.getByRole('main');
        await expect(main.getByRole('status')).toHaveText(lang.pattern('search.results'));
        await expect(main.getByRole('listitem').getByRole('link').first()).toHaveAttribute('href', new RegExp(`^${lang.path()}`));

        // My programme: save an activity, then export it as a calendar file.
        await page.goto(site.url(lang.path('programme', 'opening-ceremony')));
        const opening = lang.title('activities', 'opening-ceremony.mdx');
        await page.getByRole('button', { name: t('myProgramme.save', { title: opening }) }).click();
        await page.goto(site.url(lang.path('my-programme')));
        await expect(main.getByRole('heading', { level: 3, name: opening })).toBeVisible();
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: t('myProgramme.export') }).click(),
        ]);
        const events = new ICAL.Component(ICAL.parse(readFileSync(await download.path(), 'utf8')) as unknown[]).getAllSubcomponents(
          'vevent',
        );
        expect(events.map((event) => event.getFirstPropertyValue('summary'))).toEqual([opening]);
        // Its share link is made, and opens, offline too.
        const link = new URL(await page.getByLabel(t('myProgramme.share')).inputValue());
        expect(link.search).toBe('?ids=opening-ceremony');
        await page.goto(site.url(link.pathname + link.search));
        await expect(page.getByRole('region', { name: t('myProgramme.sharedTitle') }).getByRole('link', { name: opening })).toBeVisible();

        // A page that was never saved: the offline page, in the language, listing what opens.
        await page.goto(site.url(lang.path('no-such-page')));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('offline.title'));
        await expect(page.locator('html')).toHaveAttribute('lang', lang.tag);
        await expect(main.getByRole('link', { name: t('nav.guidance') }).first()).toBeVisible();
        await expect(main.getByText(t('offline.notSaved'))).toBeHidden();
        await expect(main.getByRole('searchbox')).toBeVisible();
        expect(await axeViolations(page, 'offline page (light)')).toEqual([]);
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await axeViolations(page, 'offline page (dark)', COLOUR_RULES)).toEqual([]);
      } finally {
        site.remove();
      }
    });

    test('a new deploy is found, announced, and read after the visitor chooses to reload', async ({ page }) => {
      const site = await OwnSite.start();
      try {
        await page.goto(site.url(lang.path('about')));
        await savedForOffline(page);
        const heading = page.getByRole('heading', { level: 1 });
        const before = (await heading.innerText()).trim();

        // The deploy: the about page changes, and the build writes the workers again.
        const about = join(site.folder, folderOf(lang.locale), 'about', 'index.html');
        writeFileSync(about, readFileSync(about, 'utf8').replace(/(<h1[^>]*>)/, '$1NEW '));
        await writeOfflineWorkers(site.folder, '/');

        // The next visit still reads the saved page, but learns of the new version and says so.
        await page.reload();
        const notice = page.getByRole('status').filter({ hasText: t('update.ready') });
        await expect(notice).toBeVisible();
        await expect(heading).toHaveText(before);
        // Later puts it away, focus back on the content; the next page read says it again.
        await notice.getByRole('button', { name: t('update.later') }).click();
        await expect(notice).toHaveCount(0);
        await expect(page.locator('#main')).toBeFocused();
        await page.reload();
        await expect(notice).toBeVisible();
        await expect(heading).toHaveText(before);
        expect(await axeViolations(page, 'update notice (light)')).toEqual([]);
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await axeViolations(page, 'update notice (dark)', COLOUR_RULES)).toEqual([]);
        await notice.getByRole('button', { name: t('update.reload') }).click();
        await expect(heading).toHaveText(`NEW ${before}`);
        await expect(notice).toHaveCount(0);
      } finally {
        site.remove();
      }
    });
  });
}

test('the English worker answers for a Chinese page it has not saved with the Chinese offline page, which lists the English pages that are saved', async ({
  page,
  context,
}) => {
  const site = await OwnSite.start();
  try {
    await page.goto(site.url(ENGLISH.path()));
    await savedForOffline(page);
    site.stop();
    await context.setOffline(true);
    await page.goto(site.url(CHINESE.path('programme')));
    const main = page.getByRole('main');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CHINESE.t('offline.title'));
    await expect(page.locator('html')).toHaveAttribute('lang', CHINESE.tag);
    await expect(main.getByText(CHINESE.t('offline.notSaved'))).toBeVisible();
    await expect(main.getByRole('heading', { name: ENGLISH.t('offline.savedOther') })).toBeVisible();
    await main.getByRole('link', { name: ENGLISH.t('nav.programme'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ENGLISH.t('programme.title'));
  } finally {
    site.remove();
  }
});

test('a visitor who goes on to the Chinese pages gets the Chinese worker too, announced as nothing new', async ({ page, context }) => {
  const site = await OwnSite.start();
  try {
    await page.goto(site.url(ENGLISH.path()));
    await savedForOffline(page);
    await page.goto(site.url(CHINESE.path('about')));
    // The English worker serves the page until the Chinese one has saved its language and takes over.
    await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith('/zh-cn/sw.js') === true);
    await expect(page.locator('[data-update-notice]')).toHaveCount(0);
    site.stop();
    await context.setOffline(true);
    await page.goto(site.url(CHINESE.path('guidance')));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CHINESE.t('guidance.title'));
    await page.goto(site.url(ENGLISH.path('guidance')));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ENGLISH.t('guidance.title'));
  } finally {
    site.remove();
  }
});
