import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { externalLinks, findBrokenLinks } from '../../scripts/lib/site-links.ts';

const SITE = 'https://talent-month.xiamen.example';
const dist = mkdtempSync(join(tmpdir(), 'site-links-'));

function write(path: string, html: string): void {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), html);
}

write(
  'index.html',
  `<a href="/programme/">ok</a> <a href="/programme/#day-6">ok anchor</a> <a href="/programme/#day-7">missing anchor</a>
   <a href="/guidance/">missing page</a> <a href="programme/">relative ok</a> <link rel="canonical" href="${SITE}/">
   <a href="${SITE}/about/">own site, missing</a> <script src="/_astro/a.js"></script> <a href="https://example.org/">external</a>
   <a href="mailto:a@example.org">mail</a> <a href="webcal://talent-month.xiamen.example/programme.ics">webcal</a>`,
);
write('programme/index.html', '<h2 id="day-6">6 July</h2><a href="../">up</a><a href="/programme.ics">file</a>');
write('programme.ics', 'BEGIN:VCALENDAR');
write('_astro/a.js', '');

afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
});

describe('findBrokenLinks', () => {
  test('reports missing pages and anchors, own-site addresses included, and nothing else', () => {
    expect(findBrokenLinks(dist, SITE).sort()).toEqual(
      [
        '/ → /programme/#day-7: the page has no #day-7',
        '/ → /guidance/: no such page or file',
        `/ → ${SITE}/about/: no such page or file`,
      ].sort(),
    );
  });

  test('under a base path, a link that leaves the base is broken', () => {
    const based = mkdtempSync(join(tmpdir(), 'site-links-base-'));
    mkdirSync(join(based, 'programme'), { recursive: true });
    writeFileSync(join(based, 'index.html'), '<a href="/talent-month/programme/">ok</a> <a href="/programme/">forgot the base</a>');
    writeFileSync(join(based, 'programme/index.html'), '<a href="/talent-month/">home</a>');
    expect(findBrokenLinks(based, SITE, '/talent-month/')).toEqual([
      "/talent-month/ → /programme/: outside the site's base /talent-month/",
    ]);
    rmSync(based, { recursive: true, force: true });
  });
});

describe('externalLinks', () => {
  test('lists each link to another site once, with the pages it is on', () => {
    expect([...externalLinks(dist, SITE)]).toEqual([['https://example.org/', ['index.html']]]);
  });
});
