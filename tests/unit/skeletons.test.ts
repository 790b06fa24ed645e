import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent, formatProblem } from '../../scripts/lib/content-check/index.ts';
import { KINDS, skeleton, slugify } from '../../scripts/lib/skeletons.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/content');
const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('slugify', () => {
  test('returns lowercase ASCII words joined by hyphens', () => {
    expect(slugify('Hai-Link Business Workshop: First Session')).toBe('hai-link-business-workshop-first-session');
    expect(slugify('  Café   Meet-up! ')).toBe('cafe-meet-up');
  });

  test('returns an empty slug for a title with no Latin letters or digits', () => {
    expect(slugify('开幕式')).toBe('');
  });
});

describe('skeleton', () => {
  test.each(KINDS)('returns a %s entry that the checker accepts as it is', (kind) => {
    const root = mkdtempSync(join(tmpdir(), 'skeleton-'));
    roots.push(root);
    const content = join(root, 'content');
    cpSync(FIXTURE, content, { recursive: true });
    const { path, text } = skeleton(kind, 'Meet the Employers', content);
    writeFileSync(join(content, path), text);
    expect(checkContent(content, root).map(formatProblem)).toEqual([]);
  });

  test('returns the path of each kind, numbering guidance after the last item', () => {
    expect(skeleton('activity', 'Meet the Employers', FIXTURE).path).toBe('activities/meet-the-employers.mdx');
    expect(skeleton('guidance', 'Open a bank account', FIXTURE).path).toBe('guidance/03-open-a-bank-account.mdx');
    expect(skeleton('award', 'Mentor of the Year', FIXTURE).path).toBe('awards/mentor-of-the-year.mdx');
    expect(skeleton('university', 'Xiamen University', FIXTURE).path).toBe('universities/xiamen-university.mdx');
  });

  test('refuses a title whose address an entry already has, naming its file', () => {
    const [existing] = readdirSync(join(FIXTURE, 'guidance')).filter((name) => /^\d+-.+\.mdx$/.test(name));
    if (!existing) throw new Error('the fixture has no numbered guidance item');
    const title = existing
      .replace(/^\d+-/, '')
      .replace(/\.mdx$/, '')
      .replace(/-/g, ' ');
    expect(() => skeleton('guidance', title, FIXTURE)).toThrow(`content/guidance/${existing} already has the address`);
    expect(() => skeleton('activity', 'Opening Ceremony', FIXTURE)).toThrow(
      'content/activities/opening-ceremony.mdx already has the address "opening-ceremony"',
    );
  });

  test('rejects a title that gives no slug', () => {
    expect(() => skeleton('activity', '开幕式', FIXTURE)).toThrow('use an English title');
  });
});
