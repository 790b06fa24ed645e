import { describe, expect, test } from 'vitest';
import { ACTIVITY_CATEGORIES } from '../../src/schemas/activities.ts';
import { contrastRatio } from '../../src/lib/contrast.ts';
import { CATEGORY_COLOURS, SCHEMES, tokensCss, type Scheme } from '../../src/styles/tokens.ts';

const SCHEME_NAMES: Scheme[] = ['light', 'dark'];
// WCAG 2.2 AA: 4.5:1 for text, 3:1 for the parts of controls and graphics that carry meaning.
const TEXT = 4.5;
const NON_TEXT = 3;

describe('contrastRatio', () => {
  test('returns 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#005f85', '#005f85')).toBe(1);
  });

  test('rejects what is not a #rrggbb colour', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow('expected a colour like #1b1f24, got red');
  });
});

describe.each(SCHEME_NAMES)('the %s scheme', (scheme) => {
  const colours = SCHEMES[scheme];
  const textPairs: [string, string, string][] = [
    ['text on background', colours.text, colours.background],
    ['text on surface', colours.text, colours.surface],
    ['muted on background', colours.muted, colours.background],
    ['muted on surface', colours.muted, colours.surface],
    ['accent on background', colours.accent, colours.background],
    ['accent on surface', colours.accent, colours.surface],
    ['accent contrast on accent', colours.accentContrast, colours.accent],
    ['brand on background', colours.brand, colours.background],
    ['brand on surface', colours.brand, colours.surface],
    ['hero text on the hero', colours.heroText, colours.hero],
    ['hero muted text on the hero', colours.heroMuted, colours.hero],
    ['the sun as the hero’s dates', colours.sun, colours.hero],
    ['the hero action’s text on it', colours.heroActionText, colours.heroAction],
    ['the dark-scheme brand pink on the hero', SCHEMES.dark.brand, colours.hero],
    ['warning text on its background', colours.warningText, colours.warningBg],
    ['danger text on its background', colours.dangerText, colours.dangerBg],
  ];

  test.each(textPairs)('%s is readable text', (_name, foreground, background) => {
    expect(contrastRatio(foreground, background)).toBeGreaterThanOrEqual(TEXT);
  });

  test('the focus ring stands out from the background, the surface and the hero', () => {
    expect(contrastRatio(colours.focus, colours.background)).toBeGreaterThanOrEqual(NON_TEXT);
    expect(contrastRatio(colours.focus, colours.surface)).toBeGreaterThanOrEqual(NON_TEXT);
  });

  test('the map’s markers, focus ring and district names stand out from its land and sea', () => {
    for (const ground of [colours.mapLand, colours.mapSea, colours.mapOther]) {
      for (const mark of [colours.accent, colours.brand, colours.focus])
        expect(contrastRatio(mark, ground)).toBeGreaterThanOrEqual(NON_TEXT);
    }
    expect(contrastRatio(colours.muted, colours.mapLand)).toBeGreaterThanOrEqual(TEXT);
    // A marker's number, on the marker.
    expect(contrastRatio(colours.accentContrast, colours.brand)).toBeGreaterThanOrEqual(TEXT);
  });

  test('the hero action stands out from the hero as a control', () => {
    expect(contrastRatio(colours.heroAction, colours.hero)).toBeGreaterThanOrEqual(NON_TEXT);
  });

  test.each(ACTIVITY_CATEGORIES)('category %s reads as text and as a mark on every ground', (category) => {
    const { strong, soft } = CATEGORY_COLOURS[category][scheme];
    for (const ground of [colours.background, colours.surface, soft]) {
      expect(contrastRatio(strong, ground)).toBeGreaterThanOrEqual(TEXT);
    }
    expect(contrastRatio(colours.text, soft)).toBeGreaterThanOrEqual(TEXT);
    expect(contrastRatio(colours.muted, soft)).toBeGreaterThanOrEqual(TEXT);
  });
});

describe('tokensCss', () => {
  test('writes every base colour for both schemes and a rule for every category', () => {
    const css = tokensCss();
    expect(css).toContain('--color-accent-contrast: #ffffff;');
    expect(css).toContain('--color-accent-contrast: #0b1a22;');
    for (const category of ACTIVITY_CATEGORIES) {
      expect(css).toContain(`[data-category='${category}'] { --category: ${CATEGORY_COLOURS[category].light.strong};`);
      expect(css).toContain(`[data-category='${category}'] { --category: ${CATEGORY_COLOURS[category].dark.strong};`);
    }
  });
});
