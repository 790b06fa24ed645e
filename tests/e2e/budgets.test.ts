/**
 * Size budgets on the built site (sizes, never timings), for every page the build wrote, read
 * from dist/ and gzipped as the server sends them:
 * - its HTML fits in 14 KB, so it arrives in the first round trip;
 * - the stylesheets it links total at most 12 KB;
 * - the JavaScript it loads before any interaction totals at most 10 KB;
 * and, for each language, what its offline worker saves at the first visit downloads in at most 2 MB.
 * The budgets live in .config/budgets.json; the first search's is checked in search.test.ts.
 */
import { resolve } from 'node:path';
import budgets from '../../.config/budgets.json' with { type: 'json' };
import { htmlPages, pageWeight, type PageWeight } from '../../scripts/lib/page-weight.ts';
import { precacheWeight } from '../../scripts/lib/precache-weight.ts';
import { LANGUAGES } from './support/languages.ts';
import { expect, test } from './support/test.ts';

const DIST = resolve(import.meta.dirname, '../../dist');
const weights = htmlPages(DIST).map((page) => ({ page, ...pageWeight(DIST, page) }));

const over = (kind: keyof PageWeight, budget: number): string[] =>
  weights.filter((weight) => weight[kind] > budget).map((weight) => `${weight.page}: ${String(weight[kind])} bytes`);

test('every page the build wrote is measured', () => {
  expect(weights.length).toBeGreaterThan(300);
  expect(weights.every(({ html, css, javascript }) => html > 0 && css > 0 && javascript >= 0)).toBe(true);
});

test('every page’s HTML is at most 14 KB gzipped', () => {
  expect(over('html', budgets.html)).toEqual([]);
});

test('no page links more than 12 KB of CSS (gzipped)', () => {
  expect(over('css', budgets.css)).toEqual([]);
});

test('no page loads more than 10 KB of JavaScript (gzipped) before interaction', () => {
  expect(over('javascript', budgets.javascript)).toEqual([]);
});

for (const lang of LANGUAGES) {
  test(`${lang.tag}: what the offline worker saves at the first visit downloads in at most 2 MB`, () => {
    expect(precacheWeight(DIST, lang.locale).transferred).toBeLessThanOrEqual(budgets.offlinePrecache);
  });
}
