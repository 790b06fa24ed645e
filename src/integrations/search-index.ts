/**
 * Builds the search index after every production build, with pagefind's Node API, into
 * dist/pagefind/. Any indexing error fails the build, so a site is never published with a
 * missing or partial index.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** How many pages the written index holds, over all languages, from pagefind's entry file. */
function indexedPageCount(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`could not start the indexer: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          const indexed = indexedPageCount(join(site, 'pagefind'));
          if (indexed === 0) throw new Error('no page was indexed');
          logger.info(`Indexed ${String(indexed)} of ${String(added.page_count)} pages for search (only pages marked data-pagefind-body).`);
        } catch (error) {
          // Leave no partial index behind to be published by mistake.
          rmSync(join(site, 'pagefind'), { recursive: true, force: true });
          throw new Error(
            `Search indexing failed, so the build is not complete: ${error instanceof Error ? error.message : String(error)}`,
            { cause: error },
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
