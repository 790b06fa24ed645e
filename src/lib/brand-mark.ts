/**
 * The festival's mark, as data: an egret's wing (Xiamen is "Egret Island") rising over the sea
 * towards the sun, with a wave in the colour of the bougainvillea, the city's flower. The page
 * component (src/components/brand/Mark.astro), the favicon and the social cards all draw it from
 * here, so the mark cannot differ between them. Drawn on a 64-unit grid; it stays legible at 16 px.
 */
import { SCHEMES } from '../styles/tokens.ts';

/** One shape of the mark, as SVG presentation attributes (the CSP allows no style attributes). */
export interface MarkShape {
  tag: 'rect' | 'circle' | 'path';
  attributes: Record<string, string | number>;
}

export const MARK_VIEW_BOX = '0 0 64 64';

// The tile is the sea; the sun, the wing and the waves sit on it, so the mark reads the same on
// a light or a dark page.
export const MARK_SHAPES: readonly MarkShape[] = [
  { tag: 'rect', attributes: { width: 64, height: 64, rx: 14, fill: SCHEMES.light.accent } },
  { tag: 'circle', attributes: { cx: 46, cy: 25, r: 8.5, fill: SCHEMES.light.sun } },
  {
    tag: 'path',
    attributes: {
      d: 'M5 21C14 17.5 25 20.5 32 30.5 39 20.5 50 15 59 17.5 49.5 20.5 40.5 28 33.5 39.5H30.5C24.5 29 15.5 23 5 21Z',
      fill: '#ffffff',
    },
  },
  {
    tag: 'path',
    attributes: {
      d: 'M9 47.5c4.5-4 9-4 13.5 0s9 4 13.5 0 9-4 13.5 0 6 3 6 3',
      fill: 'none',
      stroke: '#ffffff',
      'stroke-width': 4,
      'stroke-linecap': 'round',
    },
  },
  {
    tag: 'path',
    attributes: {
      d: 'M9 56c4.5-4 9-4 13.5 0s9 4 13.5 0 9-4 13.5 0 6 3 6 3',
      fill: 'none',
      stroke: SCHEMES.dark.brand,
      'stroke-width': 4,
      'stroke-linecap': 'round',
    },
  },
];

const attributeText = (attributes: MarkShape['attributes']): string =>
  Object.entries(attributes)
    .map(([name, value]) => `${name}="${String(value)}"`)
    .join(' ');

/**
 * The mark as a standalone SVG document (the favicon, a social card's logo).
 * @example markSvg(64) // '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">…</svg>'
 */
export function markSvg(size?: number): string {
  const dimensions = size === undefined ? '' : ` width="${String(size)}" height="${String(size)}"`;
  const shapes = MARK_SHAPES.map(({ tag, attributes }) => `<${tag} ${attributeText(attributes)}/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${MARK_VIEW_BOX}"${dimensions}>${shapes}</svg>\n`;
}

/**
 * The mark for a launcher's mask (a circle, a squircle): the sea fills the whole square, and the
 * sun, wing and waves sit inside the middle 80 %, the safe zone every mask keeps.
 * @example maskableMarkSvg(512) // '<svg … width="512" height="512"><rect width="64" height="64" fill="#005f85"/><g transform="…">…</g></svg>'
 */
export function maskableMarkSvg(size: number): string {
  const [tile, ...rest] = MARK_SHAPES;
  const shapes = rest.map(({ tag, attributes }) => `<${tag} ${attributeText(attributes)}/>`).join('');
  const fill = String(tile?.attributes.fill ?? SCHEMES.light.accent);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${MARK_VIEW_BOX}" width="${String(size)}" height="${String(size)}"><rect width="64" height="64" fill="${fill}"/><g transform="translate(6.4 6.4) scale(0.8)">${shapes}</g></svg>\n`;
}
