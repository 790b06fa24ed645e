import { describe, expect, test } from 'vitest';
import { maskableMarkSvg, markSvg } from '../../src/lib/brand-mark.ts';
import { webManifest } from '../../src/lib/web-manifest.ts';

const input = {
  home: '/talent-month/zh-cn/',
  name: '2023厦门人才服务月',
  shortName: '人才服务月',
  description: '一个月，三十场活动。',
  languageTag: 'zh-CN',
  colours: { theme: '#063a55', background: '#ffffff' },
  iconPath: (name: string) => `/talent-month/icons/${name}`,
};

describe('webManifest', () => {
  test('returns an app that starts at the language’s home page and keeps to its pages, under the site’s base', () => {
    const manifest = webManifest(input);
    expect(manifest).toMatchObject({
      id: '/talent-month/zh-cn/',
      start_url: '/talent-month/zh-cn/',
      scope: '/talent-month/zh-cn/',
      display: 'standalone',
      lang: 'zh-CN',
      name: '2023厦门人才服务月',
      short_name: '人才服务月',
      theme_color: '#063a55',
      background_color: '#ffffff',
    });
  });

  test('lists the mark at 192 and 512 px, and a maskable 512 px version', () => {
    expect(webManifest(input).icons).toEqual([
      { src: '/talent-month/icons/mark-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/talent-month/icons/mark-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/talent-month/icons/mark-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ]);
  });
});

describe('maskableMarkSvg', () => {
  test('returns the sea across the whole square and the rest of the mark inside the middle 80 %', () => {
    const svg = maskableMarkSvg(512);
    expect(svg).toContain('width="512" height="512"');
    // A square tile without rounded corners: the launcher's mask gives the shape.
    expect(svg).toMatch(/<rect width="64" height="64" fill="#[0-9a-f]{6}"\/>/);
    expect(svg).toContain('<g transform="translate(6.4 6.4) scale(0.8)">');
    // The same sun, wing and waves as the mark itself.
    const inner = /<g [^>]*>(.*)<\/g>/.exec(svg)?.[1] ?? '';
    expect(markSvg(512)).toContain(inner);
  });
});
