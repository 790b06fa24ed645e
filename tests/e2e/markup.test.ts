/**
 * Every page the build wrote is one whole document: nothing follows `</html>`. A script that a
 * component puts after its layout would land there, where the HTML standard allows nothing and
 * the Nu Html Checker reports a stray start tag.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { htmlPages } from '../../scripts/lib/page-weight.ts';
import { expect, test } from './support/test.ts';

const DIST = resolve(import.meta.dirname, '../../dist');

test('no page the build wrote has anything after </html>', () => {
  const pages = htmlPages(DIST);
  expect(pages.length).toBeGreaterThan(300);
  const trailing = pages.filter((page) => !/<\/html>\s*$/.test(readFileSync(join(DIST, page), 'utf8')));
  expect(trailing).toEqual([]);
});
