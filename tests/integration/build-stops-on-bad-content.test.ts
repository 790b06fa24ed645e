/**
 * `astro build` never publishes a broken site. On a copy of the project whose content has
 * several problems, the build fails before writing anything and lists every problem; when the
 * build fails later, while writing pages, the site already in `dist/` is left byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const copies: string[] = [];

/** A copy of the project with the test fixture as its content. */
function projectCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'build-guard-'));
  copies.push(copy);
  for (const entry of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  }
  cpSync(join(ROOT, 'tests/fixtures/content'), join(copy, 'content'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}

function replaceIn(copy: string, file: string, from: string, to: string): void {
  const path = join(copy, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(path, text.replace(from, to));
}

function build(copy: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every file under `folder` with the hash of its bytes. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(folder, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(folder);
  return files;
}

afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

describe('astro build', () => {
  test('fails on broken content, listing every problem with its line, and writes no site', () => {
    const copy = projectCopy();
    replaceIn(copy, 'content/activities/opening-ceremony.mdx', 'start: 2023-07-06T09:30:00+08:00', 'start: 2023-07-06T09:30:00');
    replaceIn(copy, 'content/guidance/02-talent-apartments.mdx', 'email: housing@example.cn', 'email: nobody');
    replaceIn(copy, 'content/universities/nankai-university.mdx', 'signingActivity: opening-ceremony', 'signingActivity: signing-day');
    replaceIn(
      copy,
      'content/activities/opening-ceremony.mdx',
      'The ceremony opens the third edition of the month.',
      'The ceremony opens the third edition of the month.\n\n<Foo />\n\nimport Missing from "../../src/components/DoesNotExist.astro";',
    );

    const { status, output } = build(copy);

    expect(status).not.toBe(0);
    expect(output).toContain('content/activities/opening-ceremony.mdx:4 — start: "2023-07-06T09:30:00" has no time-zone offset');
    expect(output).toContain('content/activities/opening-ceremony.mdx:26 — body: <Foo> is not a component entries can use');
    expect(output).toContain('content/activities/opening-ceremony.mdx:28 — body: imports and exports are not needed in an entry');
    expect(output).toContain('content/guidance/02-talent-apartments.mdx:11 — contact.email: "nobody" is not an email address');
    expect(output).toContain('content/universities/nankai-university.mdx:8 — signingActivity: "signing-day" is not an activity');
    expect(output).toContain('5 problems in content/');
    // An editor's mistake reads as a list of mistakes, not as a crash.
    expect(output).not.toMatch(/Stack trace|\n\s+at /);
    expect(existsSync(join(copy, 'dist'))).toBe(false);
  }, 120_000);

  test('that fails while writing pages leaves the last good site in dist/ byte for byte', () => {
    const copy = projectCopy();
    // The last good site, as a previous build left it.
    mkdirSync(join(copy, 'dist/programme/opening-ceremony'), { recursive: true });
    writeFileSync(join(copy, 'dist/index.html'), '<!doctype html><title>The last good site</title>');
    writeFileSync(join(copy, 'dist/programme/opening-ceremony/index.html'), '<!doctype html><title>Opening</title>');
    writeFileSync(join(copy, 'dist/_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
    const before = snapshot(join(copy, 'dist'));
    // A page that cannot be rendered: the content is valid, so only the build itself can fail.
    writeFileSync(join(copy, 'src/pages/fails-to-render.astro'), "---\nthrow new Error('this page cannot be rendered');\n---\n");

    const { status, output } = build(copy);

    expect(status).not.toBe(0);
    expect(output).toContain('this page cannot be rendered');
    expect(snapshot(join(copy, 'dist'))).toEqual(before);
  }, 180_000);
});
