/**
 * An entry with no Chinese translation still has its Chinese page: the English text, marked as
 * English, under a note that it is not translated yet; never a 404. Built from the test fixture,
 * where one activity is translated and the other is not.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import zhCn from '../../src/i18n/zh-cn.json' with { type: 'json' };

const ROOT = resolve(import.meta.dirname, '../..');
const copy = mkdtempSync(join(tmpdir(), 'untranslated-'));
let output = '';

beforeAll(() => {
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  }
  cpSync(join(ROOT, 'tests/fixtures/content'), join(copy, 'content'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`the fixture did not build:\n${output}`);
}, 180_000);

afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
});

const page = (path: string): string => readFileSync(join(copy, 'dist', path, 'index.html'), 'utf8');

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
