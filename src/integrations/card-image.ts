/**
 * Draws one social card: its text laid out as satori's HTML-and-CSS-like tree, turned into SVG
 * by satori and into a PNG by sharp (libvips and librsvg, the library Astro draws its images with). The colours are the light scheme's (src/styles/tokens.ts),
 * the card's accent its category's colour.
 */
import satori, { type SatoriOptions } from 'satori';
import sharp from 'sharp';
import { markSvg } from '../lib/brand-mark.ts';
import { CARD_HEIGHT, CARD_WIDTH, fitTitle, type CardText } from '../lib/social-card.ts';
import { CATEGORY_COLOURS, SCHEMES } from '../styles/tokens.ts';
import type { CardFont } from './card-fonts.ts';

/** An element of satori's tree: what JSX would make, written out. */
interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | string };
}

const node = (type: string, style: Record<string, string | number>, children?: Node['props']['children']): Node => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

const PADDING = 72;
const BAND = 20;
const SEA = 110;
/** Room for the title: the card less the band and the padding either side, and clear of the sun. */
export const TITLE_WIDTH = CARD_WIDTH - BAND - 2 * PADDING - 40;

/** A wave along the foot of the card, `top` px below the top of the sea. */
function wave(top: number, colour: string): string {
  const y = CARD_HEIGHT - SEA + top;
  const swell = String(Math.round((SEA - top) / 3));
  return `<path d="M0 ${String(y)}c100-${swell} 200-${swell} 300 0s200 ${swell} 300 0 200-${swell} 300 0 200 ${swell} 300 0V${String(CARD_HEIGHT)}H0z" fill="${colour}"/>`;
}

const circle = (cx: number, cy: number, r: number, colour: string): string =>
  `<circle cx="${String(cx)}" cy="${String(cy)}" r="${String(r)}" fill="${colour}"/>`;

/**
 * What lies under the text, drawn as plain SVG (an SVG renderer draws that far faster than images inside
 * satori's tree): a tint of the card's colour in the top corner, the band down its left side,
 * and the sun rising out of a sea of the card's colour and the site's.
 */
function backdrop(colour: string, soft: string): string {
  const light = SCHEMES.light;
  return [
    `<rect width="${String(CARD_WIDTH)}" height="${String(CARD_HEIGHT)}" fill="${light.background}"/>`,
    circle(CARD_WIDTH, 0, 200, soft),
    wave(30, colour),
    circle(CARD_WIDTH - 80, CARD_HEIGHT - 30, 110, light.sun),
    wave(54, light.accent),
    `<rect width="${String(BAND)}" height="${String(CARD_HEIGHT)}" fill="${colour}"/>`,
  ].join('');
}

const LEFT = BAND + PADDING;
const TOP = 52;
// The home page's title is the site's name: the mark stands alone above it, larger.
const isHome = (card: CardText): boolean => card.title === card.site;
const markSize = (card: CardText): number => (isHome(card) ? 96 : 72);

function colours(card: CardText): { colour: string; soft: string } {
  // A page of no category takes the brand's colour, which stands out from the sea's.
  if (!card.category) return { colour: SCHEMES.light.brand, soft: SCHEMES.light.surface };
  const { strong, soft } = CATEGORY_COLOURS[card.category].light;
  return { colour: strong, soft };
}

/** The text of one card, laid out in satori's tree; the mark's place is kept empty for the backdrop's. */
export function cardTree(card: CardText, fontFamily: string): Node {
  const light = SCHEMES.light;
  const { colour } = colours(card);
  const title = fitTitle(card.title, TITLE_WIDTH);
  const line = (text: string, style: Record<string, string | number>): Node => node('div', { display: 'flex', ...style }, text);
  const mark = markSize(card);

  return node('div', { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', position: 'relative', fontFamily, color: light.text }, [
    node(
      'div',
      {
        position: 'absolute',
        left: LEFT,
        top: TOP,
        width: TITLE_WIDTH,
        height: CARD_HEIGHT - SEA - TOP - 8,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
      },
      [
        node('div', { display: 'flex', alignItems: 'center', gap: 22, height: mark }, [
          node('div', { width: mark, height: mark }),
          ...(isHome(card) ? [] : [line(card.site, { fontSize: 30, fontWeight: 700 })]),
        ]),
        node('div', { display: 'flex', flexDirection: 'column', gap: 14 }, [
          ...(card.kicker ? [line(card.kicker, { fontSize: 30, fontWeight: 700, color: colour })] : []),
          line(title.text, { fontSize: title.size, fontWeight: 700, lineHeight: 1.18 }),
          ...(card.date ? [line(card.date, { fontSize: 30, fontWeight: 400, color: light.muted })] : []),
        ]),
      ],
    ),
    line(card.footer, { position: 'absolute', left: LEFT, bottom: 16, fontSize: 26, fontWeight: 700, color: light.accentContrast }),
  ]);
}

/** Satori, typed for the plain tree it is given here (it is typed for React elements, which this project has not). */
const layOut = satori as unknown as (tree: Node, options: SatoriOptions) => Promise<string>;

/** The whole card as SVG: the backdrop, the mark, and satori's drawing of the text over them. */
export async function cardSvg(card: CardText, { fonts, family }: { fonts: CardFont[]; family: string }): Promise<string> {
  const text = await layOut(cardTree(card, family), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  const { colour, soft } = colours(card);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(CARD_WIDTH)}" height="${String(CARD_HEIGHT)}" viewBox="0 0 ${String(CARD_WIDTH)} ${String(CARD_HEIGHT)}">`,
    backdrop(colour, soft),
    `<g transform="translate(${String(LEFT)} ${String(TOP)})">${markSvg(markSize(card))}</g>`,
    text,
    '</svg>',
  ].join('');
}

/**
 * A card as a 1200×630 PNG, drawn at the SVG's own size. Sharp draws and encodes it on threads of
 * its own, so the next card's layout can go on meanwhile.
 */
export async function renderCard(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Every character a card draws, for cutting the fonts down. */
export const cardCharacters = (card: CardText): string =>
  [card.site, fitTitle(card.title, TITLE_WIDTH).text, card.kicker ?? '', card.date ?? '', card.footer].join('');
