/**
 * An integration that serves a module made at build time under a `virtual:` name, which pages and
 * browser scripts import like a file. Vite's convention for such modules: the name resolves to
 * itself behind a `\0`, so no other plugin tries to read it from disk.
 */
import type { AstroIntegration } from 'astro';

/**
 * @param id the name to import, `virtual:<name>`; a `.css` ending sends it through the CSS pipeline
 * @param source the module's source, made when it is first imported
 */
export function virtualModule(id: `virtual:${string}`, source: () => string): AstroIntegration {
  const name = id.slice('virtual:'.length);
  const resolved = `\0${id}`;
  return {
    name,
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name,
                resolveId: (requested: string) => (requested === id ? resolved : undefined),
                load: (requested: string) => (requested === resolved ? source() : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
