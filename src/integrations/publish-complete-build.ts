/**
 * The site is published whole or not at all. `astro build` writes into a staging folder beside
 * the output folder (`.dist-staging/` for `dist/`); only when every page, the social cards, the
 * search index and the headers are written does the staging folder replace `dist/`, in two
 * renames. A build that fails at any point leaves the last good `dist/` exactly as it was.
 * It must be the last integration, so that its `astro:build:done` runs after all the others'.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What the build leaves behind for itself and a host must never serve. */
const SCRATCH = ['.prerender', '.vite'];

/** The staging and the outgoing folders that sit beside an output folder. */
export function siblingsOf(outDir: string): { staging: string; previous: string } {
  const parent = dirname(outDir);
  const name = basename(outDir);
  return { staging: join(parent, `.${name}-staging`), previous: join(parent, `.${name}-previous`) };
}

/**
 * Puts the finished `staging` folder in place of `target`. Any scratch the build left inside
 * is removed first. The old site is moved aside and deleted only once the new one is in place.
 */
export function promote(staging: string, target: string): void {
  for (const scratch of SCRATCH) rmSync(join(staging, scratch), { recursive: true, force: true });
  const { previous } = siblingsOf(target);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
}

export function publishCompleteBuild(): AstroIntegration {
  let target = '';
  let staging = '';
  return {
    name: 'publish-complete-build',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        target = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
        ({ staging } = siblingsOf(target));
        // A staging folder from a build that failed is never published: start from nothing.
        rmSync(staging, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      'astro:build:done': ({ logger }) => {
        if (!staging) return;
        promote(staging, target);
        logger.info(`The complete site is now in ${basename(target)}/.`);
      },
    },
  };
}
