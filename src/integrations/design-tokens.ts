/**
 * Serves the colour tokens of src/styles/tokens.ts as a stylesheet, `virtual:design-tokens.css`,
 * so the CSS and everything else that draws in the site's colours (social cards, the contrast
 * test) read one source. It is bundled into the site-wide stylesheet like any other CSS.
 */
import type { AstroIntegration } from 'astro';
import { tokensCss } from '../styles/tokens.ts';

const ID = 'virtual:design-tokens.css';
// Vite's convention for virtual modules; the .css ending sends it through the CSS pipeline.
const RESOLVED = `\0${ID}`;

export function designTokens(): AstroIntegration {
  return {
    name: 'design-tokens',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'design-tokens',
                resolveId: (id: string) => (id === ID ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? tokensCss() : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
