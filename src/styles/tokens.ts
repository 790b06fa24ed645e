/**
 * The site's colours in one place: the two schemes' base colours, the brand's, and one colour
 * for each activity category. The stylesheet's custom properties are written from these
 * (src/integrations/design-tokens.ts), the social cards are drawn with them, and a unit test
 * checks every pair a page puts together for contrast (WCAG 2.2 AA), so none can drift.
 */
import { ACTIVITY_CATEGORIES, type ActivityCategory } from '../schemas/activities.ts';

export type Scheme = 'light' | 'dark';

/** Base colours of a scheme, written as `--color-<name>` (camelCase becomes kebab-case). */
export interface SchemeColours {
  text: string;
  muted: string;
  background: string;
  surface: string;
  border: string;
  /** Links and primary actions: the sea off Xiamen. */
  accent: string;
  accentContrast: string;
  /** The brand's second colour, the bougainvillea (Xiamen's city flower): marks and highlights. */
  brand: string;
  /** Decoration only (the sun in the mark, rules): never text. */
  sun: string;
  /** The home page's hero band, a deep sea in both schemes, and the text and action on it. */
  hero: string;
  heroText: string;
  heroMuted: string;
  /** The one primary action on the hero: the sun, with dark text on it. */
  heroAction: string;
  heroActionText: string;
  warningBg: string;
  warningText: string;
  dangerBg: string;
  dangerText: string;
  focus: string;
  /** The festival map: sea, land, land outside Xiamen (greyed) and the coastline. Markers are `accent` and `brand`, at least 3:1 on both grounds. */
  mapSea: string;
  mapLand: string;
  mapOther: string;
  mapCoast: string;
}

export const SCHEMES: Record<Scheme, SchemeColours> = {
  light: {
    text: '#1b1f24',
    muted: '#4a5562',
    background: '#ffffff',
    surface: '#f1f5f8',
    border: '#c9d2dc',
    accent: '#005f85',
    accentContrast: '#ffffff',
    brand: '#b01a5e',
    sun: '#f2a93b',
    hero: '#063a55',
    heroText: '#ffffff',
    heroMuted: '#cfe6f2',
    heroAction: '#f2a93b',
    heroActionText: '#1b1f24',
    warningBg: '#fff4d6',
    warningText: '#6b4500',
    dangerBg: '#fde8e8',
    dangerText: '#8a1c1c',
    focus: '#b34700',
    mapSea: '#d4e7f1',
    mapLand: '#fbf9f4',
    mapOther: '#e3e6e9',
    mapCoast: '#7f95a6',
  },
  dark: {
    text: '#e8edf2',
    muted: '#b5c0cc',
    background: '#12161b',
    surface: '#1d242c',
    border: '#3a4654',
    accent: '#7cc7ea',
    accentContrast: '#0b1a22',
    brand: '#ff8fbf',
    sun: '#f5b955',
    hero: '#0a2638',
    heroText: '#f3f7fa',
    heroMuted: '#b9d3e1',
    heroAction: '#f5b955',
    heroActionText: '#12161b',
    warningBg: '#3d2e05',
    warningText: '#ffd978',
    dangerBg: '#45161a',
    dangerText: '#ffb3b3',
    focus: '#ffb366',
    mapSea: '#0b2231',
    mapLand: '#26303a',
    mapOther: '#1a1f25',
    mapCoast: '#5d7284',
  },
};

/**
 * A category's colours in one scheme: `strong` for text, stripes and icons (at least 4.5:1 on
 * the background, the surface and `soft`), `soft` for a tinted background under body text.
 */
export interface CategoryColour {
  strong: string;
  soft: string;
}

export const CATEGORY_COLOURS: Record<ActivityCategory, Record<Scheme, CategoryColour>> = {
  ceremony: { light: { strong: '#b3261e', soft: '#fde8e6' }, dark: { strong: '#ff9d92', soft: '#3d1714' } },
  'project-cooperation': { light: { strong: '#4338ca', soft: '#e9e8fb' }, dark: { strong: '#b1b8ff', soft: '#23224a' } },
  'capital-docking': { light: { strong: '#8a5300', soft: '#fbefd9' }, dark: { strong: '#f2c063', soft: '#3a2a0c' } },
  competition: { light: { strong: '#a1168f', soft: '#f9e3f5' }, dark: { strong: '#f5a3e6', soft: '#3c1736' } },
  'expert-projects': { light: { strong: '#0f6e66', soft: '#dcf2ef' }, dark: { strong: '#63d9c8', soft: '#0f302c' } },
  'university-cooperation': { light: { strong: '#1c4fc4', soft: '#e2eafb' }, dark: { strong: '#9cc0ff', soft: '#172946' } },
  'cross-strait': { light: { strong: '#006a87', soft: '#dcf0f6' }, dark: { strong: '#5fd0ee', soft: '#0c2f3a' } },
  'talent-services': { light: { strong: '#2c7a1f', soft: '#e3f2df' }, dark: { strong: '#8fdc7c', soft: '#19321a' } },
  careers: { light: { strong: '#b3410b', soft: '#fde9dd' }, dark: { strong: '#ffab7a', soft: '#3d2112' } },
  culture: { light: { strong: '#7a2fc2', soft: '#f0e6fa' }, dark: { strong: '#d3aefb', soft: '#2e1d42' } },
};

const kebab = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

function schemeBlock(scheme: Scheme): string {
  const base = Object.entries(SCHEMES[scheme]).map(([name, value]) => `--color-${kebab(name)}: ${value};`);
  return base.join('\n');
}

function categoryRules(scheme: Scheme): string {
  return ACTIVITY_CATEGORIES.map((category) => {
    const { strong, soft } = CATEGORY_COLOURS[category][scheme];
    return `[data-category='${category}'] { --category: ${strong}; --category-soft: ${soft}; }`;
  }).join('\n');
}

/**
 * The stylesheet of the tokens: each scheme's `--color-*` on :root, and `--category` and
 * `--category-soft` on every element with a `data-category` attribute, in both schemes.
 */
export function tokensCss(): string {
  return [
    `:root {\n${schemeBlock('light')}\n}`,
    categoryRules('light'),
    `@media (prefers-color-scheme: dark) {\n:root {\n${schemeBlock('dark')}\n}\n${categoryRules('dark')}\n}`,
  ].join('\n');
}
