/**
 * Draws every page's social card after the build. Each page says in its og:image tag where its
 * card is published and what it says (Base.astro); this reads that back from the finished HTML,
 * so a card always matches its page and no page is missed, takes the attribute out again, cuts
 * the fonts down once to the characters all the cards use, and draws the cards, two at a time,
 * into dist/og/. A card that cannot be drawn fails the build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pngSize } from '../lib/png-size.ts';
import { CARD_HEIGHT, CARD_WIDTH, readCard, type CardText } from '../lib/social-card.ts';
import { withoutBase } from '../lib/urls.ts';
import { cardFonts } from './card-fonts.ts';
import { cardCharacters, cardSvg, renderCard } from './card-image.ts';
import { htmlFilesIn } from '../../scripts/lib/html-files.ts';

export function socialCards(): AstroIntegration {
  let base = '/';
  let nodeModules = '';
  return {
    name: 'social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        nodeModules = fileURLToPath(new URL('node_modules/', config.root));
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
        const { missing, ...fonts } = await cardFonts(nodeModules, [...cards.values()].map(cardCharacters).join(''), [400, 700]);
        if (missing.length > 0) logger.warn(`No font has ${missing.join(' ')}: the cards leave them out.`);
        // Satori lays out the next card while resvg draws the last ones on its own threads: two at a time keeps both cores busy.
        const drawing: Promise<void>[] = [];
        for (const [file, card] of cards) {
          const svg = await cardSvg(card, fonts);
          drawing.push(
            renderCard(svg).then((png) => {
              const { width, height } = pngSize(png);
              if (width !== CARD_WIDTH || height !== CARD_HEIGHT)
                throw new Error(`the card ${file} came out ${String(width)}×${String(height)}`);
              mkdirSync(dirname(file), { recursive: true });
              writeFileSync(file, png);
            }),
          );
          if (drawing.length >= 2) await drawing.shift();
        }
        await Promise.all(drawing);
        // Processor time beside the wall clock's: on a busy machine it is the fairer measure of the cost.
        const { user, system } = process.cpuUsage(cpu);
        const seconds = (value: number): string => value.toFixed(1);
        logger.info(
          `Drew ${String(cards.size)} social cards in ${seconds((performance.now() - started) / 1000)} s (${seconds((user + system) / 1e6)} s of processor time).`,
        );
      },
    },
  };
}
