/**
 * Draws every page's social card after the build. Each page says in its og:image tag where its
 * card is published and what it says (Base.astro); this reads that back from the finished HTML,
 * so a card always matches its page and no page is missed, takes the attribute out again, cuts
 * the fonts down once to the characters all the cards use, and draws the cards, two at a time,
 * into dist/og/. A card that cannot be drawn fails the build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pngSize } from '../lib/png-size.ts';
import { CARD_HEIGHT, CARD_WIDTH, readCard, type CardText } from '../lib/social-card.ts';
import { withoutBase } from '../lib/urls.ts';
import { CardCache, cardKey, drawingFingerprint } from './card-cache.ts';
import { cardFonts } from './card-fonts.ts';
import { cardCharacters, cardSvg, renderCard } from './card-image.ts';
import { htmlFilesIn } from '../../scripts/lib/html-files.ts';

/** The packages a card's look depends on: a new version of one draws every card again. */
const DRAWING_PACKAGES = ['satori', 'sharp', 'subset-font', '@fontsource/noto-sans', '@fontsource/noto-sans-sc'];

export function socialCards(): AstroIntegration {
  let base = '/';
  let nodeModules = '';
  let root = '';
  let cacheDir = '';
  return {
    name: 'social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        nodeModules = fileURLToPath(new URL('node_modules/', config.root));
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const cpu = process.cpuUsage();
        const site = fileURLToPath(dir);
        const cards = new Map<string, CardText>();
        for (const name of htmlFilesIn(site)) {
          const page = join(site, name);
          const found = readCard(readFileSync(page, 'utf8'));
          if (!found) continue;
          writeFileSync(page, found.html);
          cards.set(join(site, withoutBase(new URL(found.image).pathname, base)), found.text);
        }
        const cache = new CardCache(join(cacheDir, 'social-cards'));
        const fingerprint = drawingFingerprint(
          ['src/integrations/card-image.ts', 'src/integrations/card-fonts.ts'].map((file) => join(root, file)),
          nodeModules,
          DRAWING_PACKAGES,
        );
        const write = (file: string, png: Buffer): void => {
          const { width, height } = pngSize(png);
          if (width !== CARD_WIDTH || height !== CARD_HEIGHT)
            throw new Error(`the card ${file} came out ${String(width)}×${String(height)}`);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, png);
        };
        // Cards that say the same are drawn once and written wherever they are wanted.
        const toDraw = new Map<string, { card: CardText; files: string[] }>();
        for (const [file, card] of cards) {
          const key = cardKey(fingerprint, card);
          const kept = toDraw.has(key) ? undefined : cache.get(key);
          if (kept) write(file, kept);
          else toDraw.set(key, { card, files: [...(toDraw.get(key)?.files ?? []), file] });
        }
        if (toDraw.size > 0) {
          const { missing, ...fonts } = await cardFonts(
            nodeModules,
            [...toDraw.values()].map(({ card }) => cardCharacters(card)).join(''),
            [400, 700],
          );
          if (missing.length > 0) logger.warn(`No font has ${missing.join(' ')}: the cards leave them out.`);
          // Satori lays out the next card on this thread while sharp draws the last ones on its own: a few in flight keep every core busy.
          const drawing: Promise<void>[] = [];
          for (const [key, { card, files }] of toDraw) {
            const svg = await cardSvg(card, fonts);
            drawing.push(
              renderCard(svg).then((png) => {
                for (const file of files) write(file, png);
                cache.put(key, png);
              }),
            );
            if (drawing.length > availableParallelism()) await drawing.shift();
          }
          await Promise.all(drawing);
        }
        cache.prune();
        // Processor time beside the wall clock's: on a busy machine it is the fairer measure of the cost.
        const { user, system } = process.cpuUsage(cpu);
        const seconds = (value: number): string => value.toFixed(1);
        logger.info(
          `Wrote ${String(cards.size)} social cards (${String(toDraw.size)} drawn, the others from the cache) in ${seconds((performance.now() - started) / 1000)} s (${seconds((user + system) / 1e6)} s of processor time).`,
        );
      },
    },
  };
}
