/**
 * Runs the content checker before Astro reads any content. On `astro build` any problem stops
 * the build before a single page is written, so a broken programme is never published; in
 * `astro dev` the problems are printed and the preview keeps running so the editor can fix them.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem, formatReport, inspectContent } from '../../scripts/lib/content-check/index.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems, notices, suggestions } = inspectContent(fileURLToPath(new URL('content/', config.root)), root);
        // Missing or outdated translations do not stop the build: their pages show the English with a note.
        if (notices.length > 0) logger.warn(`Translations to do:\n${notices.map(formatProblem).join('\n')}`);
        if (suggestions.length > 0) logger.warn(`Cross-references to make links:\n${suggestions.map(formatProblem).join('\n')}`);
        if (problems.length === 0) {
          logger.info('Content checked: no problems.');
          return;
        }
        const report = formatReport(problems);
        if (command === 'build') {
          // An editor's mistake, not the program's: the list and what to do, without a stack
          // trace (Astro prints one for any error a hook throws). Nothing has been written yet.
          logger.error(
            `The content has problems, so nothing was built.\n\n${report}\n\nRun \`npm run check\` to see the same list without building.`,
          );
          process.exit(1);
        }
        logger.error(report);
      },
    },
  };
}
