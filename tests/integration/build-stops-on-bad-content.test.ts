/**
 * `astro build` runs the content checker first: on a copy of the project whose content has
 * several problems, the build fails, lists every problem, and writes no site at all.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const copy = mkdtempSync(join(tmpdir(), 'build-guard-'));

function replaceIn(file: string, from: string, to: string): void {
  const path = join(copy, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(path, text.replace(from, to));
}

afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
});

describe('astro build', () => {
  test('fails on broken content, listing every problem, and writes no site', () => {
    for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
    }
    cpSync(join(ROOT, 'tests/fixtures/content'), join(copy, 'content'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    replaceIn('content/activities/opening-ceremony.mdx', 'start: 2023-07-06T09:30:00+08:00', 'start: 2023-07-06T09:30:00');
    replaceIn('content/guidance/02-talent-apartments.mdx', 'email: housing@example.cn', 'email: nobody');
    replaceIn('content/universities/nankai-university.mdx', 'signingActivity: opening-ceremony', 'signingActivity: signing-day');

    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const output = `${result.stdout}\n${result.stderr}`;

    expect(result.status).not.toBe(0);
    expect(output).toContain('content/activities/opening-ceremony.mdx:4 — start: "2023-07-06T09:30:00" has no time-zone offset');
    expect(output).toContain('content/guidance/02-talent-apartments.mdx:11 — contact.email: "nobody" is not an email address');
    expect(output).toContain('content/universities/nankai-university.mdx:8 — signingActivity: "signing-day" is not an activity');
    expect(output).toContain('3 problems in content/');
    // An editor's mistake reads as a list of mistakes, not as a crash.
    expect(output).not.toMatch(/Stack trace|\n\s+at /);
    expect(existsSync(join(copy, 'dist'))).toBe(false);
  }, 120_000);
});
