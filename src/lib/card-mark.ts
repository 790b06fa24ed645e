/**
 * The mark as the social cards draw it: a standalone SVG in the light scheme's colours. A
 * stand-in until the site's own mark is drawn: the cards only call `markSvg`, so swapping it
 * changes nothing else.
 */
import { SCHEMES } from '../styles/tokens.ts';

/** The mark, `size` px square: the sun rising over the sea off Xiamen, with a bougainvillea petal. */
export function markSvg(size: number): string {
  const { accent, brand, sun } = SCHEMES.light;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(size)}" height="${String(size)}" viewBox="0 0 64 64">`,
    `<rect width="64" height="64" rx="16" fill="${accent}"/>`,
    `<circle cx="32" cy="34" r="14" fill="${sun}"/>`,
    `<path d="M0 38h64v26H0z" fill="${accent}"/>`,
    `<path d="M8 42c6-4 10-4 16 0s10 4 16 0 10-4 16 0M8 51c6-4 10-4 16 0s10 4 16 0 10-4 16 0" fill="none" stroke="#ffffff" stroke-width="4" stroke-linecap="round"/>`,
    `<path d="M46 8c8 0 12 6 10 14-8 0-12-6-10-14z" fill="${brand}"/>`,
    '</svg>',
  ].join('');
}
