import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MARK_SHAPES, markSvg } from '../../src/lib/brand-mark.ts';
import { SCHEMES } from '../../src/styles/tokens.ts';

describe('markSvg', () => {
  test('returns the favicon the site serves, so the two cannot drift apart', () => {
    expect(readFileSync(resolve(import.meta.dirname, '../../public/favicon.svg'), 'utf8')).toBe(markSvg());
  });

  test('returns a standalone SVG at the size asked for, in the brand colours', () => {
    const svg = markSvg(64);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 64 64" width="64" height="64">/);
    expect(svg).toContain(`fill="${SCHEMES.light.accent}"`);
    expect(svg).toContain(`fill="${SCHEMES.light.sun}"`);
    expect(svg).toContain(`stroke="${SCHEMES.dark.brand}"`);
    expect(svg.match(/<(rect|circle|path) /g)).toHaveLength(MARK_SHAPES.length);
  });
});
